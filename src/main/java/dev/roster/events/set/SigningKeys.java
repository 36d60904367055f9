package dev.roster.events.set;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * STUB so the stream management API compiles before the SET signing lands: the real class (keys in
 * {@code event_signing_key}) replaces this file on merge. Until then the JWKS is empty.
 */
@ApplicationScoped
public class SigningKeys {

    /** The public halves of the keys SETs are signed with, as served at {@code jwks_uri}. */
    public JWKSet publicJwks() {
        return new JWKSet();
    }
}
