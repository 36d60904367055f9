package dev.roster.resolution.core;

import java.util.Objects;

/** Maps Looker's numeric user ids to emails: an uploaded mapping, else the Looker API. */
public interface LookerUsers {

    /** The result of a mapping. */
    record LookerEmail(Status status, String email) {

        public enum Status {
            /** {@code email} is the user's address. */
            FOUND,
            /** Neither the mapping nor the Looker API knows the id. */
            UNKNOWN,
            /** The repository has no uploaded mapping entry and no Looker API credentials. */
            NOT_CONFIGURED,
            /** The Looker API could not be asked (network, credentials, 5xx). */
            UNAVAILABLE
        }

        public LookerEmail {
            Objects.requireNonNull(status, "status");
            if ((status == Status.FOUND) != (email != null)) {
                throw new IllegalArgumentException("an email exactly when found");
            }
        }

        public static LookerEmail found(String email) {
            return new LookerEmail(Status.FOUND, email);
        }

        public static LookerEmail of(Status status) {
            return new LookerEmail(status, null);
        }
    }

    /** The email of Looker user {@code lookerUserId} as the account's repository knows it. */
    LookerEmail emailOf(AccountConfig account, long lookerUserId);
}
