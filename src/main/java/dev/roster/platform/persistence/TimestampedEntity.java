package dev.roster.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that is created and then changed: when it was created and last modified, in epoch milliseconds. */
@MappedSuperclass
public abstract class TimestampedEntity extends IdentifiedEntity {

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    protected TimestampedEntity() {}

    protected TimestampedEntity(String id, long now) {
        super(id);
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public long createdAt() {
        return createdAt;
    }

    public long modifiedAt() {
        return modifiedAt;
    }

    /** Every change of the row's own settings calls this; bookkeeping (a rehashed password) does not. */
    protected void modified(long now) {
        this.modifiedAt = now;
    }
}
