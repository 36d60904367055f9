package dev.roster.resolution.core;

import dev.roster.resolution.carrier.CarrierFinding;
import java.util.Optional;

/** The session-scoped carrier (Tableau Initial SQL) remembered per database account and session id. */
public interface SessionCarriers {

    Optional<CarrierFinding> get(String accountId, String sessionId);

    /** Remembers {@code carrier} (session-scoped) as the session's carrier from now on. */
    void put(String accountId, String sessionId, CarrierFinding carrier);
}
