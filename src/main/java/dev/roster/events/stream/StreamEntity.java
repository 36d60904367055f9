package dev.roster.events.stream;

import dev.roster.json.CachedJson;
import dev.roster.platform.persistence.TimestampedEntity;
import jakarta.json.JsonString;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An SSF stream ({@code event_stream}). The management API writes the receiver's settings and the status; the
 * delivery loop owns the progress columns ({@code delivered_seq} after the insert, the last delivery and error,
 * retries, the lease), which this entity reads but never writes, so an update of the settings cannot undo what a
 * delivery wrote meanwhile. {@code events_requested} is a JSON array of URIs; {@code authorization_header} is
 * sealed by {@link StreamSecrets}.
 */
@Entity
@Table(name = "event_stream")
public class StreamEntity extends TimestampedEntity {

    @Column(name = "receiver_id", length = 36, updatable = false)
    private String receiverId;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "audience", nullable = false, length = 1000, updatable = false)
    private String audience;

    @Column(name = "delivery_method", nullable = false, length = 32)
    private String deliveryMethod;

    @Column(name = "endpoint_url", length = 2000)
    private String endpointUrl;

    @Column(name = "authorization_header", length = 4000)
    private String authorizationHeader;

    @Column(name = "events_requested", nullable = false, length = 4000)
    private String eventsRequested;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "delivered_seq", nullable = false, updatable = false)
    private long deliveredSeq;

    @Column(name = "last_delivered_at", insertable = false, updatable = false)
    private Long lastDeliveredAt;

    @Column(name = "last_error", length = 2000, insertable = false, updatable = false)
    private String lastError;

    @Column(name = "last_error_at", insertable = false, updatable = false)
    private Long lastErrorAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_stream_integration", joinColumns = @JoinColumn(name = "stream_id"))
    @Column(name = "integration_id", length = 64)
    private Set<String> integrationIds = new TreeSet<>();

    protected StreamEntity() {}

    StreamEntity(String id, String receiverId, String audience, long deliveredSeq, long now) {
        super(id, now);
        this.receiverId = receiverId;
        this.audience = audience;
        this.deliveredSeq = deliveredSeq;
        this.status = StreamStatus.ENABLED.wireName();
    }

    public String receiverId() {
        return receiverId;
    }

    public String description() {
        return description;
    }

    /** The stream's {@code aud}: what its SETs are addressed to; never changes. */
    public String audience() {
        return audience;
    }

    public DeliveryMethod deliveryMethod() {
        return DeliveryMethod.PUSH.wireName().equals(deliveryMethod) ? DeliveryMethod.PUSH : DeliveryMethod.POLL;
    }

    /** The receiver's URL for push; null for poll (whose URL Roster derives from the stream id). */
    public String endpointUrl() {
        return endpointUrl;
    }

    /** The sealed header; open it with {@link StreamSecrets#open}. */
    public String sealedAuthorizationHeader() {
        return authorizationHeader;
    }

    /** The event-type URIs the receiver asked for, as it sent them (unknown ones too). */
    public List<String> eventsRequested() {
        return CachedJson.createReader(new StringReader(eventsRequested))
                .readArray()
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
    }

    public StreamStatus status() {
        return StreamStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    public String statusReason() {
        return statusReason;
    }

    /** Every event at or below this sequence number is delivered (push) or acknowledged (poll). */
    public long deliveredSeq() {
        return deliveredSeq;
    }

    public Long lastDeliveredAt() {
        return lastDeliveredAt;
    }

    public String lastError() {
        return lastError;
    }

    public Long lastErrorAt() {
        return lastErrorAt;
    }

    /** The integrations whose changes the stream carries; empty for all of them. */
    public Set<String> integrationIds() {
        return Set.copyOf(integrationIds);
    }

    void describe(String description, long now) {
        this.description = description;
        modified(now);
    }

    void deliver(DeliveryMethod method, String endpointUrl, String sealedAuthorizationHeader, long now) {
        this.deliveryMethod = method.wireName();
        this.endpointUrl = endpointUrl;
        this.authorizationHeader = sealedAuthorizationHeader;
        modified(now);
    }

    void request(List<String> eventTypes, long now) {
        this.eventsRequested = CachedJson.createArrayBuilder(eventTypes).build().toString();
        modified(now);
    }

    void cover(Set<String> integrationIds, long now) {
        this.integrationIds.clear();
        this.integrationIds.addAll(integrationIds);
        modified(now);
    }

    void status(StreamStatus status, String reason, long now) {
        this.status = status.wireName();
        this.statusReason = reason;
        modified(now);
    }
}
