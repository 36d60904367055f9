package dev.roster.events.stream;

import dev.roster.json.WireName;

/** How a stream's events reach its receiver, named on the wire by the RFC that defines it (SSF §6.1). */
public enum DeliveryMethod implements WireName {
    /** RFC 8935: Roster POSTs each SET to the receiver's {@code endpoint_url}. */
    PUSH("urn:ietf:rfc:8935"),
    /** RFC 8936: the receiver polls the {@code endpoint_url} Roster gives it. */
    POLL("urn:ietf:rfc:8936");

    private final String uri;

    DeliveryMethod(String uri) {
        this.uri = uri;
    }

    @Override
    public String wireName() {
        return uri;
    }
}
