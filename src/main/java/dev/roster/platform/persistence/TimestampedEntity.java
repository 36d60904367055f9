package dev.roster.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that is created and then changed: also when it was last modified, in epoch milliseconds. */
@MappedSuperclass
public abstract class TimestampedEntity extends CreatedEntity {

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    protected TimestampedEntity() {}

    protected TimestampedEntity(String id, long now) {
        super(id, now);
        this.modifiedAt = now;
    }

    public long modifiedAt() {
        return modifiedAt;
    }

    /** Every change of the row's own settings calls this; bookkeeping (a rehashed password) does not. */
    protected void modified(long now) {
        this.modifiedAt = now;
    }
}
