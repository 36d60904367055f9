package dev.roster.audit;

import dev.roster.platform.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One entry of the provisioning log: one request, or (aggregated failed authentications) {@code occurrences}. */
@Entity
@Table(name = "provisioning_event")
public class ProvisioningEventEntity extends IdentifiedEntity {

    @Column(name = "integration_id", length = 64)
    private String integrationId;

    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation", nullable = false, length = 40)
    private EventOperation operation;

    @Column(name = "outcome", nullable = false, length = 16)
    private String outcome;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "resource_type", length = 16)
    private String resourceType;

    @Column(name = "resource_id", length = 36)
    private String resourceId;

    @Column(name = "resource_name", length = 512)
    private String resourceName;

    @Column(name = "detail", length = 2000)
    private String detail;

    @Column(name = "changes", length = 100_000)
    private String changes;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(name = "user_agent", length = 512)
    private String userAgent;

    @Column(name = "actor", length = 100)
    private String actor;

    @Column(name = "occurrences", nullable = false)
    private int occurrences;

    protected ProvisioningEventEntity() {}

    ProvisioningEventEntity(String id, ProvisioningEvent event, long occurredAt, String changes, RequestOrigin origin) {
        this(id, event, occurredAt, changes, origin, 1);
    }

    ProvisioningEventEntity(
            String id,
            ProvisioningEvent event,
            long occurredAt,
            String changes,
            RequestOrigin origin,
            int occurrences) {
        super(id);
        this.occurrences = occurrences;
        this.integrationId = event.integrationId();
        this.occurredAt = occurredAt;
        this.operation = event.operation();
        this.status = event.status();
        this.outcome = event.status() < 400 ? "success" : "rejected";
        this.resourceType = event.resourceType();
        this.resourceId = event.resourceId();
        this.resourceName = truncate(event.resourceName(), 512);
        this.detail = truncate(event.detail(), 2000);
        this.changes = changes;
        this.sourceAddress = truncate(origin.address(), 64);
        this.userAgent = truncate(origin.userAgent(), 512);
        this.actor = truncate(origin.actor(), 100);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String integrationId() {
        return integrationId;
    }

    public long occurredAt() {
        return occurredAt;
    }

    public EventOperation operation() {
        return operation;
    }

    public String outcome() {
        return outcome;
    }

    public int status() {
        return status;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String resourceName() {
        return resourceName;
    }

    public String detail() {
        return detail;
    }

    public String changes() {
        return changes;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public String actor() {
        return actor;
    }

    /** How many requests this entry stands for: 1, or more for an aggregated entry. */
    public int occurrences() {
        return occurrences;
    }
}
