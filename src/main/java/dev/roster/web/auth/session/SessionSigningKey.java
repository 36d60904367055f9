package dev.roster.web.auth.session;

import dev.roster.platform.Lazy;
import dev.roster.platform.SharedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The HMAC key every node signs and checks session cookies with, one of the {@link SharedKeys}. Deleting its
 * row ({@value #KEY_ID}) and restarting every node signs every admin out (a key rotation).
 */
@ApplicationScoped
public class SessionSigningKey {

    static final String KEY_ID = "session-signing";

    @Inject
    SharedKeys keys;

    private final Lazy<SessionTokenCodec> codec =
            new Lazy<>(() -> new SessionTokenCodec(keys.key(KEY_ID, "signs admin console sessions")));

    public SessionTokenCodec codec() {
        return codec.get();
    }
}
