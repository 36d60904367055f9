package dev.roster.events.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI side of the SSF endpoints: the receivers' security scheme, and the wire documents as records whose
 * components carry SSF's own (snake_case) member names. The resources write these documents with JSON-P; the
 * records only describe them.
 */
final class SsfApi {

    /** The OpenAPI security scheme of receivers, declared on {@link StreamsResource}. */
    static final String RECEIVER = "ssfReceiver";

    static final String TAG = "Shared Signals (SSF) transmitter";

    static final String EXAMPLE_STREAM = "{\"stream_id\":\"01939a8e-6f2b-7c4d-9e1f-2a3b4c5d6e7f\","
            + "\"iss\":\"https://roster.example.com\",\"aud\":\"https://receiver.example.com/ssf/events\","
            + "\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://receiver.example.com/ssf/events\"},"
            + "\"events_supported\":[\"urn:ietf:params:scim:event:prov:create:full\",\"…\"],"
            + "\"events_requested\":[\"urn:ietf:params:scim:event:prov:deactivate\","
            + "\"https://schemas.openid.net/secevent/caep/event-type/session-revoked\"],"
            + "\"events_delivered\":[\"urn:ietf:params:scim:event:prov:deactivate\","
            + "\"https://schemas.openid.net/secevent/caep/event-type/session-revoked\"],"
            + "\"description\":\"Data proxy, production\",\"integration_ids\":[\"okta-prod-x7k2q9\"]}";
    static final String EXAMPLE_POLL_STREAM = "{\"stream_id\":\"01939a8f-0a1b-7c2d-8e3f-4a5b6c7d8e9f\","
            + "\"iss\":\"https://roster.example.com\","
            + "\"aud\":\"https://roster.example.com/api/v1/ssf/poll/01939a8f-0a1b-7c2d-8e3f-4a5b6c7d8e9f\","
            + "\"delivery\":{\"method\":\"urn:ietf:rfc:8936\","
            + "\"endpoint_url\":\"https://roster.example.com/api/v1/ssf/poll/01939a8f-0a1b-7c2d-8e3f-4a5b6c7d8e9f\"},"
            + "\"events_supported\":[\"urn:ietf:params:scim:event:prov:create:full\",\"…\"],"
            + "\"events_requested\":[\"urn:ietf:params:scim:event:prov:delete\"],"
            + "\"events_delivered\":[\"urn:ietf:params:scim:event:prov:delete\"]}";
    static final String EXAMPLE_CREATE = "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\","
            + "\"endpoint_url\":\"https://receiver.example.com/ssf/events\","
            + "\"authorization_header\":\"Bearer receiver-secret\"},"
            + "\"events_requested\":[\"urn:ietf:params:scim:event:prov:deactivate\","
            + "\"https://schemas.openid.net/secevent/caep/event-type/session-revoked\"],"
            + "\"description\":\"Data proxy, production\",\"integration_ids\":[\"okta-prod-x7k2q9\"]}";
    static final String EXAMPLE_CREATE_POLL = "{\"events_requested\":[\"urn:ietf:params:scim:event:prov:delete\"]}";
    static final String EXAMPLE_PATCH = "{\"stream_id\":\"01939a8e-6f2b-7c4d-9e1f-2a3b4c5d6e7f\","
            + "\"events_requested\":[\"urn:ietf:params:scim:event:prov:deactivate\"]}";
    static final String EXAMPLE_STATUS = "{\"stream_id\":\"01939a8e-6f2b-7c4d-9e1f-2a3b4c5d6e7f\","
            + "\"status\":\"paused\",\"reason\":\"Receiver maintenance\"}";
    static final String EXAMPLE_SUBJECT = "{\"stream_id\":\"01939a8e-6f2b-7c4d-9e1f-2a3b4c5d6e7f\","
            + "\"subject\":{\"format\":\"email\",\"email\":\"jane.doe@example.com\"},\"verified\":true}";
    static final String EXAMPLE_VERIFY =
            "{\"stream_id\":\"01939a8e-6f2b-7c4d-9e1f-2a3b4c5d6e7f\",\"state\":\"VGhpcyBpcyBhbiBleGFtcGxl\"}";
    static final String EXAMPLE_NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No stream with stream_id '01939a8e-6f2b-7c4d-9e1f-2a3b4c5d6e7f'\"}";
    static final String EXAMPLE_PRIVATE_URL = "{\"type\":\"urn:roster:problem:invalid-request\","
            + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"delivery.endpoint_url: 127.0.0.1 is a private, "
            + "loopback, link-local or otherwise internal address, which receivers may not name "
            + "(roster.events.allow-private-receivers)\"}";
    static final String EXAMPLE_METADATA = "{\"spec_version\":\"1_0\",\"issuer\":\"https://roster.example.com\","
            + "\"jwks_uri\":\"https://roster.example.com/api/v1/ssf/jwks\","
            + "\"delivery_methods_supported\":[\"urn:ietf:rfc:8935\",\"urn:ietf:rfc:8936\"],"
            + "\"configuration_endpoint\":\"https://roster.example.com/api/v1/ssf/streams\","
            + "\"status_endpoint\":\"https://roster.example.com/api/v1/ssf/streams/status\","
            + "\"add_subject_endpoint\":\"https://roster.example.com/api/v1/ssf/streams/subjects:add\","
            + "\"remove_subject_endpoint\":\"https://roster.example.com/api/v1/ssf/streams/subjects:remove\","
            + "\"verification_endpoint\":\"https://roster.example.com/api/v1/ssf/streams/verify\","
            + "\"authorization_schemes\":[{\"spec_urn\":\"urn:ietf:rfc:6750\"}],\"default_subjects\":\"ALL\"}";
    static final String EXAMPLE_JWKS = "{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"use\":\"sig\","
            + "\"kid\":\"2026-12-07-a1b2\",\"alg\":\"RS256\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN…\"}]}";

    private SsfApi() {}

    /** {@code delivery} of a stream (SSF §6.1). */
    @Schema(name = "SsfDelivery")
    record Delivery(
            @Schema(
                    description = "urn:ietf:rfc:8935 (push: Roster POSTs each SET) or urn:ietf:rfc:8936 (poll: the "
                            + "receiver fetches them)",
                    enumeration = {"urn:ietf:rfc:8935", "urn:ietf:rfc:8936"})
            String method,

            @Schema(
                    description = "Push: the receiver's URL, http(s) on a public address (private, loopback and "
                            + "link-local addresses are refused unless roster.events.allow-private-receivers). "
                            + "Poll: set by Roster, {public URL}/api/v1/ssf/poll/{stream_id}")
            String endpoint_url,

            @Schema(
                    description = "Push only: the Authorization header value Roster sends with every SET. Stored "
                            + "encrypted and never answered; PATCH without it keeps it, PUT without it removes it.",
                    writeOnly = true)
            String authorization_header) {}

    /** The stream configuration object (SSF §8.1.1). */
    @Schema(name = "SsfStream", example = EXAMPLE_STREAM)
    record Stream(
            @Schema(description = "Set by Roster (a UUID)", readOnly = true)
            String stream_id,

            @Schema(description = "Set by Roster: its public URL, the SETs' iss", readOnly = true)
            String iss,

            @Schema(
                    description = "Set by Roster when the stream is created, never changed: the push endpoint_url, "
                            + "or the poll URL",
                    readOnly = true)
            String aud,

            Delivery delivery,

            @Schema(description = "Set by Roster: every event type it transmits", readOnly = true)
            List<String> events_supported,

            @Schema(description = "The event types the receiver asks for; unknown ones are kept and ignored")
            List<String> events_requested,

            @Schema(description = "Set by Roster: events_requested ∩ events_supported", readOnly = true)
            List<String> events_delivered,

            @Schema(description = "Free text, cut to 1,000 characters")
            String description,

            @Schema(
                    description = "Roster's extension: the integrations whose changes the stream carries. Absent "
                            + "or empty: all of them. Each must exist (400 otherwise).")
            List<String> integration_ids) {}

    /** A stream's status (SSF §8.1.2). */
    @Schema(name = "SsfStreamStatus", example = EXAMPLE_STATUS)
    record Status(
            String stream_id,

            @Schema(enumeration = {"enabled", "paused", "disabled"})
            String status,

            @Schema(description = "Why; at most 1,000 characters")
            String reason) {}

    /** The body of add and remove subject (SSF §8.1.3). */
    @Schema(name = "SsfSubjectRequest", example = EXAMPLE_SUBJECT)
    record SubjectRequest(
            String stream_id,

            @Schema(
                    type = SchemaType.OBJECT,
                    description = "A subject identifier (RFC 9493), at most 1,000 characters of JSON")
            Map<String, Object> subject,

            @Schema(description = "Add only; true when left out")
            Boolean verified) {}

    /** The body of a verification request (SSF §8.1.4). */
    @Schema(name = "SsfVerificationRequest", example = EXAMPLE_VERIFY)
    record VerificationRequest(
            String stream_id,

            @Schema(description = "Echoed in the verification event; at most 1,000 characters")
            String state) {}

    /** An entry of {@code authorization_schemes}. */
    @Schema(name = "SsfAuthorizationScheme")
    record AuthorizationScheme(String spec_urn) {}

    /** The transmitter configuration metadata (SSF §7.1). */
    @Schema(name = "SsfTransmitterConfiguration", example = EXAMPLE_METADATA)
    record Configuration(
            String spec_version,
            String issuer,
            String jwks_uri,
            List<String> delivery_methods_supported,
            String configuration_endpoint,
            String status_endpoint,
            String add_subject_endpoint,
            String remove_subject_endpoint,
            String verification_endpoint,
            List<AuthorizationScheme> authorization_schemes,
            @Schema(enumeration = {"ALL", "NONE"}) String default_subjects) {}

    /** The public keys SETs are signed with (RFC 7517). */
    @Schema(name = "JsonWebKeySet", example = EXAMPLE_JWKS)
    record Jwks(
            @Schema(description = "Public RSA keys (RS256)") List<Map<String, Object>> keys) {}
}
