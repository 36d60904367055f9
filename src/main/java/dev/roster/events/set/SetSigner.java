package dev.roster.events.set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.platform.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs SETs as compact JWS: RS256, {@code typ} {@code secevent+jwt} (SSF 4.1.1), the key named by {@code kid}. */
@ApplicationScoped
public class SetSigner {

    static final JOSEObjectType SECEVENT_JWT = new JOSEObjectType("secevent+jwt");

    @Inject
    SigningKeys keys;

    private final Lazy<Signer> signer = new Lazy<>(() -> new Signer(keys.signingKey()));

    public String sign(SecurityEvent event) {
        return signer.get().sign(event);
    }

    /** The signer of one key; Nimbus's RSASSASigner is thread-safe. */
    static final class Signer {
        private final RSASSASigner rsa;
        private final JWSHeader header;

        Signer(RSAKey key) {
            try {
                this.rsa = new RSASSASigner(key);
            } catch (JOSEException e) {
                throw new IllegalStateException("The SET signing key cannot sign", e);
            }
            this.header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(SECEVENT_JWT)
                    .keyID(key.getKeyID())
                    .build();
        }

        String sign(SecurityEvent event) {
            SignedJWT jwt = new SignedJWT(header, event.claims());
            try {
                jwt.sign(rsa);
            } catch (JOSEException e) {
                throw new IllegalStateException("A SET could not be signed", e);
            }
            return jwt.serialize();
        }
    }
}
