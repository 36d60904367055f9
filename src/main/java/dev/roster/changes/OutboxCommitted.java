package dev.roster.changes;

/** Fired on this node after a transaction that wrote outbox rows committed: delivery should look now. */
public enum OutboxCommitted {
    INSTANCE
}
