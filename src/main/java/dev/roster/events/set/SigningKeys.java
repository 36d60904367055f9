package dev.roster.events.set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The RSA key every node signs SETs with (RS256, 2048 bits: what the CAEP interoperability profile requires of a
 * transmitter). The first node that needs it generates it and stores the private JWK in {@code event_signing_key};
 * nodes that race may each store one, which is harmless: {@code jwks_uri} publishes every stored key, and each SET
 * names its key by {@code kid}. A new row (and a restart of every node) rotates the key; the old one stays
 * published until its row is deleted.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    static final int KEY_BITS = 2048;

    @Inject
    SigningKeyRows rows;

    private RSAKey key;

    /**
     * The private key SETs are signed with. Made once per node under a lock: two threads that both found no key
     * would otherwise each store one and sign with different keys, and a JWKS read between the two would lack one.
     */
    public synchronized RSAKey signingKey() {
        if (key == null) {
            key = loadOrCreate();
        }
        return key;
    }

    /** What {@code jwks_uri} serves: the public halves of every stored key. */
    public JWKSet publicJwks() {
        signingKey();
        List<JWK> keys = new ArrayList<>();
        for (String stored : rows.all()) {
            try {
                keys.add(JWK.parse(stored).toPublicJWK());
            } catch (ParseException e) {
                LOG.warning("A stored SET signing key is not a JWK; it is not published");
            }
        }
        return new JWKSet(keys);
    }

    private RSAKey loadOrCreate() {
        String stored = rows.newest();
        if (stored == null) {
            RSAKey generated = generate();
            rows.insert(generated.getKeyID(), generated.toJSONString());
            LOG.info("Generated the key that signs security event tokens, kid " + generated.getKeyID());
            return generated;
        }
        try {
            return RSAKey.parse(stored);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored SET signing key is not an RSA JWK", e);
        }
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation is part of every Java platform", e);
        }
    }
}
