package dev.roster.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that keeps when it was created, in epoch milliseconds: every table with a {@code created_at}. */
@MappedSuperclass
public abstract class CreatedEntity extends IdentifiedEntity {

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    protected CreatedEntity() {}

    protected CreatedEntity(String id, long createdAt) {
        super(id);
        this.createdAt = createdAt;
    }

    public long createdAt() {
        return createdAt;
    }
}
