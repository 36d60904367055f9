package dev.roster.events.set;

import dev.roster.scim.resources.SecurityEventUris;
import java.util.List;
import java.util.stream.Stream;

/**
 * The event-type URIs Roster transmits beyond RFC 9967's SCIM events (which the SCIM engine names, in
 * {@link SecurityEventUris}): CAEP, RISC and SSF's own.
 */
public final class EventTypes {

    private static final String SECEVENT = "https://schemas.openid.net/secevent/";

    public static final String SESSION_REVOKED = SECEVENT + "caep/event-type/session-revoked";
    public static final String ACCOUNT_DISABLED = SECEVENT + "risc/event-type/account-disabled";
    public static final String ACCOUNT_ENABLED = SECEVENT + "risc/event-type/account-enabled";
    public static final String ACCOUNT_PURGED = SECEVENT + "risc/event-type/account-purged";

    /** SSF's own events: a stream gets them whatever it requested. */
    public static final String VERIFICATION = SECEVENT + "ssf/event-type/verification";

    public static final String STREAM_UPDATED = SECEVENT + "ssf/event-type/stream-updated";

    /** Every event a stream may request ({@code events_supported}). */
    public static final List<String> SUPPORTED = Stream.concat(
                    SecurityEventUris.ALL.stream(),
                    Stream.of(SESSION_REVOKED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_PURGED))
            .toList();

    private EventTypes() {}
}
