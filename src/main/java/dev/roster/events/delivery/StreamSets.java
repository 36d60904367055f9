package dev.roster.events.delivery;

import dev.roster.changes.OutboxPage;
import dev.roster.changes.OutboxReader;
import dev.roster.changes.OutboxRow;
import dev.roster.changes.RecentRows;
import dev.roster.config.RosterConfig;
import dev.roster.events.set.RowEvents;
import dev.roster.events.set.SecurityEvent;
import dev.roster.events.set.SetFactory;
import dev.roster.events.set.SetSigner;
import dev.roster.events.set.StreamTarget;
import dev.roster.platform.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The SETs a stream gets from the outbox, for push and poll alike: its rows (skipping, in the query, directory
 * changes that can give it none of the events it asked for), their events, signed. What a row gives is made once
 * and shared by every stream that reads the row soon after; only {@code aud}, {@code iat} and the signature are
 * made per stream.
 */
@ApplicationScoped
public class StreamSets {

    @Inject
    RosterConfig config;

    @Inject
    OutboxReader outbox;

    @Inject
    SetSigner signer;

    private final Lazy<SetFactory> factory = new Lazy<>(() -> new SetFactory(config.publicUrl()));
    private final RecentRows<RowEvents> prepared = new RecentRows<>(4096);

    /** Up to {@code limit} of the stream's rows after {@code afterSeq}. */
    public OutboxPage rows(StreamTarget stream, boolean allIntegrations, long afterSeq, int limit) {
        return outbox.after(
                stream.streamId(), allIntegrations, SetFactory.rowsFor(stream.requested()), afterSeq, limit);
    }

    public List<SecurityEvent> events(OutboxRow row, StreamTarget stream, long nowMillis) {
        return prepared.get(row.id(), () -> factory.get().prepare(row)).forStream(stream, nowMillis);
    }

    public String sign(SecurityEvent event) {
        return signer.sign(event);
    }
}
