package dev.roster.resolution.attribution;

import dev.roster.platform.TimeOrderedIds;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.Resolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attribution records without a database write per resolution: each node tallies in memory per account and
 * outcome and keeps the latest few events; {@link AttributionFlusher} adds the tallies to the shared counters
 * every {@code roster.resolution.attribution.flush-seconds} ({@code UPDATE … SET total = total + n}, so any
 * number of nodes add up correctly), inserts the kept events, and raises alerts for unattributed use of accounts
 * that require attribution. A node that dies loses at most one interval of counts.
 */
@ApplicationScoped
public class AttributionRecorder {

    /** Events kept per account, kind (attributed or not) and flush. */
    static final int EVENTS_PER_KIND = 10;

    private static final Logger LOG = Logger.getLogger(AttributionRecorder.class.getName());

    private final Map<String, AttributionTally> tallies = new ConcurrentHashMap<>();

    @Inject
    AttributionStore store;

    /** Records one resolution; never throws. */
    public void record(AccountConfig account, Resolution resolution, String sessionId) {
        try {
            AttributionTally tally = tallies.get(account.id());
            if (tally == null || tally.requireAttribution != account.requireAttribution()) {
                tally = tallies.compute(
                        account.id(),
                        (id, existing) ->
                                existing != null && existing.requireAttribution == account.requireAttribution()
                                        ? existing
                                        : replace(existing, account));
            }
            tally.record(new AttributionEvent(
                    null,
                    account.id(),
                    System.currentTimeMillis(),
                    resolution.attributed(),
                    resolution.outcome(),
                    resolution.carrier(),
                    resolution.claim() == null ? null : resolution.claim().value(),
                    resolution.user() == null ? null : resolution.user().id(),
                    resolution.user() == null ? null : resolution.user().userName(),
                    sessionId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record an attribution", e);
        }
    }

    private static AttributionTally replace(AttributionTally existing, AccountConfig account) {
        AttributionTally fresh = new AttributionTally(
                account.id(),
                account.integrationId(),
                account.repositoryName() + "/" + account.name(),
                account.requireAttribution(),
                EVENTS_PER_KIND);
        if (existing != null) {
            fresh.restore(existing.drainCounts());
            existing.drainEvents().forEach(fresh::record);
        }
        return fresh;
    }

    /** Writes what was gathered; counts of a failed write are kept for the next flush. */
    public void flush() {
        for (AttributionTally tally : tallies.values()) {
            List<AttributionTally.Drained> counts = tally.drainCounts();
            List<AttributionEvent> events = tally.drainEvents();
            if (counts.isEmpty() && events.isEmpty()) {
                continue;
            }
            List<AttributionEvent> withIds =
                    events.stream().map(e -> e.withId(TimeOrderedIds.next())).toList();
            try {
                store.write(tally, counts, withIds);
            } catch (RuntimeException first) {
                try {
                    // A concurrent first insert of the same counter or alert by another node: now it exists.
                    store.write(tally, counts, List.of());
                } catch (RuntimeException e) {
                    if (store.accountExists(tally.accountId)) {
                        tally.restore(counts);
                        LOG.log(
                                Level.WARNING,
                                "Attribution counts of account " + tally.accountId
                                        + " could not be written; retrying at the next flush",
                                e);
                    } else {
                        tallies.remove(tally.accountId, tally);
                    }
                }
            }
        }
    }

    /** This node's counts not yet written, per outcome. */
    public Map<String, Long> pending(String accountId) {
        return Optional.ofNullable(tallies.get(accountId))
                .map(AttributionTally::pending)
                .orElse(Map.of());
    }

    public long pendingLastSeen(String accountId) {
        return Optional.ofNullable(tallies.get(accountId))
                .map(AttributionTally::pendingLastSeen)
                .orElse(0L);
    }

    public List<AttributionEvent> pendingEvents(String accountId) {
        return Optional.ofNullable(tallies.get(accountId))
                .map(AttributionTally::pendingEvents)
                .orElse(List.of());
    }
}
