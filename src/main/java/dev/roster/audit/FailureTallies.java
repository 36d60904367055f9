package dev.roster.audit;

import dev.roster.platform.TimeOrderedIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node's counts of failed authentications, one per minute, integration, kind of entry, status, reason and
 * client address: each becomes one provisioning-log entry with a count ({@link FailedAuthenticationLog}). Every
 * node derives the same entry id from the same key ({@link TimeOrderedIds#named}), so the nodes of a cluster add
 * to one entry. At most {@code maxKeys} keys are told apart at a time; failures beyond them count in one entry
 * per minute and kind that names no source, so even a flood from ever new addresses costs a bounded number of
 * rows. Thread-safe; no I/O.
 */
final class FailureTallies {

    static final long MINUTE_MILLIS = 60_000;

    /** What an aggregated entry holds: its id, the first failure's event and origin, and when that happened. */
    record Entry(String id, ProvisioningEvent event, RequestOrigin origin, long firstAt) {}

    /** An entry and how many of its failures this node has not written yet. */
    private static final class Tally {
        final Entry entry;
        final long minute;
        int unwritten;

        Tally(Entry entry, long minute) {
            this.entry = entry;
            this.minute = minute;
        }
    }

    private final int maxKeys;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    FailureTallies(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /**
     * Counts one failure. Answers its entry when this is the node's first failure of the key, which the caller
     * writes at once (so a single failure shows in the log as before); later ones wait for {@link #drain}.
     *
     * @param reason what failed, from a small fixed set (never client text): part of the key
     */
    Entry count(ProvisioningEvent event, String reason, RequestOrigin origin, long now) {
        long minute = now / MINUTE_MILLIS;
        String key = String.join(
                "\n",
                Long.toString(minute),
                String.valueOf(event.integrationId()),
                event.operation().name(),
                Integer.toString(event.status()),
                reason,
                String.valueOf(origin.address()));
        String id = TimeOrderedIds.named(minute * MINUTE_MILLIS, key);
        if (tallies.size() >= maxKeys && !tallies.containsKey(id)) {
            String overflowKey = String.join(
                    "\n",
                    Long.toString(minute),
                    event.operation().name(),
                    Integer.toString(event.status()),
                    "further sources");
            id = TimeOrderedIds.named(minute * MINUTE_MILLIS, overflowKey);
            event = new ProvisioningEvent(
                    null,
                    event.operation(),
                    event.status(),
                    null,
                    null,
                    null,
                    null,
                    "Further failures from more sources and reasons than " + maxKeys + " in this minute");
            origin = RequestOrigin.UNKNOWN;
        }
        Entry entry = new Entry(id, event, origin, now);
        boolean[] first = {false};
        tallies.compute(id, (k, tally) -> {
            if (tally == null) {
                first[0] = true;
                return new Tally(entry, minute);
            }
            tally.unwritten++;
            return tally;
        });
        return first[0] ? entry : null;
    }

    /**
     * Takes every count not yet written, and forgets the keys of past minutes that have nothing left (their
     * entries are complete; a failure with the same key is of a new minute).
     */
    Map<Entry, Integer> drain(long now) {
        long minute = now / MINUTE_MILLIS;
        Map<Entry, Integer> taken = new LinkedHashMap<>();
        for (String id : tallies.keySet()) {
            tallies.computeIfPresent(id, (k, tally) -> {
                if (tally.unwritten > 0) {
                    taken.put(tally.entry, tally.unwritten);
                    tally.unwritten = 0;
                    return tally;
                }
                return tally.minute < minute ? null : tally;
            });
        }
        return taken;
    }

    /** Gives back {@code count} failures of {@code entry} that could not be written, for the next drain. */
    void restore(Entry entry, int count) {
        tallies.compute(entry.id(), (k, tally) -> {
            Tally kept = tally != null ? tally : new Tally(entry, entry.firstAt() / MINUTE_MILLIS);
            kept.unwritten += count;
            return kept;
        });
    }

    /** Keys currently told apart (for tests). */
    int size() {
        return tallies.size();
    }
}
