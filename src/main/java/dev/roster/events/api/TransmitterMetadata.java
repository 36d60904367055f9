package dev.roster.events.api;

import dev.roster.events.stream.DeliveryMethod;
import dev.roster.json.CachedJson;
import jakarta.json.JsonObject;

/**
 * The SSF transmitter configuration (§7.2): where a receiver finds the keys and the stream management endpoints.
 * The issuer is the public URL, which is also every SET's {@code iss}; it is served at
 * {@code /.well-known/ssf-configuration} ({@link SsfConfigurationServlet}) and at {@code /api/v1/ssf/configuration}.
 */
final class TransmitterMetadata {

    /** The spec version this transmitter implements: SSF 1.0 final. */
    static final String SPEC_VERSION = "1_0";
    /** Receivers authenticate with a bearer token (RFC 6750), issued by the admin. */
    static final String BEARER_TOKENS = "urn:ietf:rfc:6750";

    private TransmitterMetadata() {}

    static JsonObject of(String issuer) {
        String ssf = issuer + "/api/v1/" + SsfPaths.ROOT;
        String streams = ssf + "/streams";
        return CachedJson.createObjectBuilder()
                .add("spec_version", SPEC_VERSION)
                .add("issuer", issuer)
                .add("jwks_uri", issuer + "/api/v1/" + SsfPaths.JWKS)
                .add(
                        "delivery_methods_supported",
                        CachedJson.createArrayBuilder()
                                .add(DeliveryMethod.PUSH.wireName())
                                .add(DeliveryMethod.POLL.wireName()))
                .add("configuration_endpoint", streams)
                .add("status_endpoint", streams + "/status")
                .add("add_subject_endpoint", streams + "/subjects:add")
                .add("remove_subject_endpoint", streams + "/subjects:remove")
                .add("verification_endpoint", streams + "/verify")
                .add(
                        "authorization_schemes",
                        CachedJson.createArrayBuilder()
                                .add(CachedJson.createObjectBuilder().add("spec_urn", BEARER_TOKENS)))
                .add("default_subjects", "ALL")
                .build();
    }
}
