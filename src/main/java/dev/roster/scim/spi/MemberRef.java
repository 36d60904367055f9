package dev.roster.scim.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A member of a group: the member resource's {@code id}, its type and the name to show for it. A client
 * (a PATCH, a PUT) may leave out type and display; a member the store read always has its type, and the
 * display name of the user or group. {@code $ref} is derived from the id, so it is not kept.
 *
 * @param value   the member resource's id (required)
 * @param type    {@code User} or {@code Group} when known (Okta never says)
 * @param display the name to show for the member, for information only
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

    /** A member with a type and display that may each be null (not known). */
    public static MemberRef of(String value, String type, String display) {
        return new MemberRef(value, Optional.ofNullable(type), Optional.ofNullable(display));
    }
}
