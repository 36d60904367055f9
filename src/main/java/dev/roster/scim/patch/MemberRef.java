package dev.roster.scim.patch;

import java.util.Objects;
import java.util.Optional;

/**
 * A group member as named in a PATCH: the member's {@code id} plus what the client said about it. Clients send
 * {@code $ref} as null or not at all; the store derives it from the id, so it is not kept.
 *
 * @param value   the member resource's id (required)
 * @param type    {@code User} or {@code Group} when the client said so (Okta never does)
 * @param display the display name the client sent, for information only
 */
public record MemberRef(String value, Optional<String> type, Optional<String> display) {

    public MemberRef {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(display, "display");
    }

    public static MemberRef of(String value) {
        return new MemberRef(value, Optional.empty(), Optional.empty());
    }
}
