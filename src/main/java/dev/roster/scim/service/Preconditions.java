package dev.roster.scim.service;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.StoredResource;

/** RFC 7644 3.14 versioning: If-Match on writes (412 on mismatch). */
public final class Preconditions {

    private Preconditions() {}

    /** Throws 412 when {@code ifMatch} is given and matches neither {@code *} nor the current version. */
    public static void checkIfMatch(String ifMatch, StoredResource current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || sameTag(trimmed, current.etag())) {
                return;
            }
        }
        throw ScimException.status(412, "The resource has changed: its version is now " + current.etag());
    }

    /** If-None-Match on reads: true when the client's copy is current (answer 304). */
    public static boolean notModified(String ifNoneMatch, StoredResource current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || sameTag(trimmed, current.etag())) {
                return true;
            }
        }
        return false;
    }

    /** Weak comparison (RFC 9110 8.8.3.2): W/"3" and "3" name the same version. */
    private static boolean sameTag(String a, String b) {
        return opaque(a).equals(opaque(b));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
