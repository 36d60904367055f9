package dev.roster.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The text primary key every Roster table has. Tables whose key has another name or length (an account's
 * {@code username}, a setting's {@code setting_key}) rename it with {@code @AttributeOverride(name = "id")}, so
 * the schema stays as the migrations made it.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    protected IdentifiedEntity() {}

    protected IdentifiedEntity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
