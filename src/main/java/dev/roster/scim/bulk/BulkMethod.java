package dev.roster.scim.bulk;

import dev.roster.json.WireName;
import java.util.Optional;

/** The HTTP methods a bulk operation may use (RFC 7644 section 3.7), with the status each answers on success. */
public enum BulkMethod implements WireName {
    POST(201),
    PUT(200),
    PATCH(200),
    DELETE(204);

    private final int successStatus;

    BulkMethod(int successStatus) {
        this.successStatus = successStatus;
    }

    public int successStatus() {
        return successStatus;
    }

    /** POST creates a resource, so its path names the endpoint; the others name one resource. */
    public boolean targetsExistingResource() {
        return this != POST;
    }

    /** PUT, PATCH and POST carry a body; DELETE does not. */
    public boolean needsData() {
        return this != DELETE;
    }

    /** HTTP spells methods in upper case, as the constants are named. */
    @Override
    public String wireName() {
        return name();
    }

    /** Methods are matched case-insensitively: clients send {@code "post"} as often as {@code "POST"}. */
    public static Optional<BulkMethod> fromWire(String name) {
        return WireName.find(BulkMethod.class, name.trim());
    }
}
