package dev.roster.scim.resources;

import java.util.List;

/**
 * The RFC 9967 event URIs: what a SCIM change is called as a security event. ServiceProviderConfig advertises them
 * ({@code securityEvents.eventUris}); the events feature sends them.
 */
public final class SecurityEventUris {

    private static final String PROV = "urn:ietf:params:scim:event:prov:";
    private static final String FEED = "urn:ietf:params:scim:event:feed:";

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

    /** Every one Roster sends, in the order ServiceProviderConfig lists them. */
    public static final List<String> ALL = List.of(
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

    private SecurityEventUris() {}
}
