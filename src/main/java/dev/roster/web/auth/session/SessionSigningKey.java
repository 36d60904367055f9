package dev.roster.web.auth.session;

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

    private volatile SessionTokenCodec codec;

    public SessionTokenCodec codec() {
        SessionTokenCodec known = codec;
        if (known == null) {
            known = new SessionTokenCodec(keys.key(KEY_ID, "signs admin console sessions"));
            codec = known;
        }
        return known;
    }
}
