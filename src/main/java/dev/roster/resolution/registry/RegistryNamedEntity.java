package dev.roster.resolution.registry;

import dev.roster.platform.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;

/**
 * A registry row that admins name: a repository, or an account within one. Names are unique ignoring case, which
 * the schema enforces with a unique index on {@code name_ci}, the name in lower case, kept here with the name.
 */
@MappedSuperclass
public abstract class RegistryNamedEntity extends TimestampedEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_ci", nullable = false, length = 200)
    private String nameCi;

    protected RegistryNamedEntity() {}

    protected RegistryNamedEntity(String id, long now) {
        super(id, now);
    }

    /** Sets the name; the caller marks the row modified with the rest of its change. */
    void name(String newName) {
        this.name = newName;
        this.nameCi = newName.toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }
}
