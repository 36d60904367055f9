package dev.roster.events.set;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The events one outbox row may give, prepared once for every stream (see {@link SetFactory#prepare}): a stream
 * gets those it asked for, and SSF's own always, each with its {@code aud} and {@code iat} added; a stream from
 * which the receiver removed the row's resource gets none ({@link RemovedSubjects}).
 */
public final class RowEvents {

    /** One candidate event: its claims without {@code aud} and {@code iat}. */
    record Prepared(String jti, String type, boolean always, JWTClaimsSet claims) {}

    private final long outboxId;
    private final List<Prepared> prepared;
    /** The resource's {@link SubjectNames}; none for a stream's own row, which no removal holds back. */
    private final Set<String> subjectNames;

    RowEvents(long outboxId, List<Prepared> prepared, Set<String> subjectNames) {
        this.outboxId = outboxId;
        this.prepared = List.copyOf(prepared);
        this.subjectNames = subjectNames;
    }

    public List<SecurityEvent> forStream(StreamTarget stream, long nowMillis) {
        if (!subjectNames.isEmpty() && stream.removed().covers(subjectNames)) {
            return List.of();
        }
        List<SecurityEvent> events = new ArrayList<>(prepared.size());
        for (Prepared candidate : prepared) {
            if (candidate.always() || stream.requested().contains(candidate.type())) {
                JWTClaimsSet claims = new JWTClaimsSet.Builder(candidate.claims())
                        .audience(stream.audience())
                        .issueTime(new Date(nowMillis / 1000 * 1000))
                        .build();
                events.add(new SecurityEvent(candidate.jti(), outboxId, candidate.type(), claims));
            }
        }
        return events;
    }
}
