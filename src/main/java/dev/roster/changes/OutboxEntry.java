package dev.roster.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the transactional outbox: one directory change (or one verification event for a single stream), as the
 * SETs of every stream are made from it. {@code seq} is null until the sequencer orders the committed row.
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "seq")
    private Long seq;

    @Column(name = "integration_id", length = 64)
    private String integrationId;

    @Column(name = "stream_id", length = 36)
    private String streamId;

    @Column(name = "resource_type", nullable = false, length = 8)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 36)
    private String resourceId;

    @Column(name = "operation", nullable = false, length = 16)
    private String operation;

    @Column(name = "activation", length = 16)
    private String activation;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    @Column(name = "payload", nullable = false, length = 10_000_000)
    private String payload;

    protected OutboxEntry() {}

    public OutboxEntry(
            String integrationId,
            String streamId,
            String resourceType,
            String resourceId,
            String operation,
            String activation,
            long version,
            long occurredAt,
            String payload) {
        this.integrationId = integrationId;
        this.streamId = streamId;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.operation = operation;
        this.activation = activation;
        this.version = version;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }
}
