package dev.roster.resolution.core;

import dev.roster.resolution.carrier.ClaimKeyType;
import dev.roster.resolution.carrier.IdentityClaim;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one resolution: who is behind the statement and their groups, or why no one.
 *
 * @param attributed whether an active directory user is behind the statement
 * @param reason     why not (null when attributed): a carrier reason or one of {@link UnattributedReasons}
 * @param user       the user, when one was found (also for {@code inactive-user})
 * @param groups     the user's group names, direct and nested; empty when unattributed or group retrieval is off
 * @param carrier    the carrier's API name ({@code looker-context} …), or null when there was none
 * @param claim      what the carrier said, or null
 */
public record Resolution(
        boolean attributed,
        String reason,
        DirectoryUser user,
        List<String> groups,
        String carrier,
        IdentityClaim claim) {

    public Resolution {
        groups = List.copyOf(groups);
        if (attributed == (reason != null)) {
            throw new IllegalArgumentException("a reason exactly when unattributed");
        }
        if (attributed) {
            Objects.requireNonNull(user, "user");
        }
    }

    static Resolution attributed(DirectoryUser user, List<String> groups, IdentityClaim claim) {
        return new Resolution(true, null, user, groups, claim.carrier(), claim);
    }

    static Resolution unattributed(String reason, IdentityClaim claim) {
        return new Resolution(false, reason, null, List.of(), claim == null ? null : claim.carrier(), claim);
    }

    static Resolution inactive(DirectoryUser user, IdentityClaim claim) {
        return new Resolution(false, UnattributedReasons.INACTIVE_USER, user, List.of(), claim.carrier(), claim);
    }

    /** The attribution outcome as counted: {@code attributed} or the reason. */
    public String outcome() {
        return attributed ? "attributed" : reason;
    }

    /** The claim's key type as the API names it: {@code userName}, {@code email} or {@code lookerUserId}. */
    public static String claimType(ClaimKeyType type) {
        switch (type) {
            case USER_NAME:
                return "userName";
            case EMAIL:
                return "email";
            default:
                return "lookerUserId";
        }
    }

    /** The carrier's details (never null). */
    public JsonObject claimDetails() {
        return claim == null ? JsonValue.EMPTY_JSON_OBJECT : claim.details();
    }
}
