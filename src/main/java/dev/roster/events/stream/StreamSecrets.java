package dev.roster.events.stream;

import dev.roster.platform.SecretBox;
import dev.roster.platform.SharedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals the {@code authorization_header} a receiver gave for push delivery (AES-GCM under a key every node shares,
 * the stream id as authenticated data): delivery needs it back verbatim, so it cannot be a hash, and a database
 * dump alone must not reveal it. The management API never answers it.
 */
@ApplicationScoped
public class StreamSecrets {

    @Inject
    SharedKeys sharedKeys;

    private volatile SecretBox box;

    public String seal(String streamId, String authorizationHeader) {
        return authorizationHeader == null ? null : box().seal(authorizationHeader, streamId);
    }

    /** The header as the receiver gave it; null when it gave none. */
    public String open(StreamEntity stream) {
        String sealed = stream.sealedAuthorizationHeader();
        return sealed == null ? null : box().open(sealed, stream.id());
    }

    private SecretBox box() {
        SecretBox current = box;
        if (current == null) {
            current = new SecretBox(sharedKeys.key("event-stream-secrets", "encrypts stream authorization headers"));
            box = current;
        }
        return current;
    }
}
