package dev.roster.events.set;

import java.util.List;
import java.util.stream.Stream;

/** The event-type URIs Roster transmits: RFC 9967 SCIM events, CAEP, RISC and SSF's own. */
public final class EventTypes {

    private static final String PROV = "urn:ietf:params:scim:event:prov:";
    private static final String FEED = "urn:ietf:params:scim:event:feed:";
    private static final String SECEVENT = "https://schemas.openid.net/secevent/";

    public static final String CREATE_FULL = PROV + "create:full";
    public static final String CREATE_NOTICE = PROV + "create:notice";
    public static final String PUT_FULL = PROV + "put:full";
    public static final String PUT_NOTICE = PROV + "put:notice";
    public static final String PATCH_FULL = PROV + "patch:full";
    public static final String PATCH_NOTICE = PROV + "patch:notice";
    public static final String DELETE = PROV + "delete";
    public static final String ACTIVATE = PROV + "activate";
    public static final String DEACTIVATE = PROV + "deactivate";
    public static final String FEED_ADD = FEED + "add";
    public static final String FEED_REMOVE = FEED + "remove";

    public static final String SESSION_REVOKED = SECEVENT + "caep/event-type/session-revoked";
    public static final String ACCOUNT_DISABLED = SECEVENT + "risc/event-type/account-disabled";
    public static final String ACCOUNT_ENABLED = SECEVENT + "risc/event-type/account-enabled";
    public static final String ACCOUNT_PURGED = SECEVENT + "risc/event-type/account-purged";

    /** SSF's own events: a stream gets them whatever it requested. */
    public static final String VERIFICATION = SECEVENT + "ssf/event-type/verification";

    public static final String STREAM_UPDATED = SECEVENT + "ssf/event-type/stream-updated";

    /** The RFC 9967 events ServiceProviderConfig advertises ({@code securityEvents.eventUris}). */
    public static final List<String> SCIM = List.of(
            CREATE_FULL,
            CREATE_NOTICE,
            PUT_FULL,
            PUT_NOTICE,
            PATCH_FULL,
            PATCH_NOTICE,
            DELETE,
            ACTIVATE,
            DEACTIVATE,
            FEED_ADD,
            FEED_REMOVE);

    /** Every event a stream may request ({@code events_supported}). */
    public static final List<String> SUPPORTED = Stream.concat(
                    SCIM.stream(), Stream.of(SESSION_REVOKED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_PURGED))
            .toList();

    private EventTypes() {}
}
