package dev.roster.resolution.carrier;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * Who a statement says is behind it: the effective result of {@link CarrierResolution}. A claim is an
 * assertion by the BI server or application, not proof; the resolver looks the value up in the directory.
 *
 * @param keyType what {@code value} is, and so how to look it up
 * @param value   the user name, email or Looker user id (in decimal)
 * @param carrier the carrier's API name: {@code looker-context}, {@code looker-email},
 *                {@code tableau-initial-sql} or {@code custom-context}
 * @param details what else the carrier said, for logs and policy: {@code instanceSlug}, {@code historySlug},
 *                {@code historyId} and {@code lookerUserId} for Looker; {@code domain} and
 *                {@code qualifiedName} for a Tableau {@code DOMAIN\jdoe}; {@code userGroup},
 *                {@code serviceName} and {@code attributes} for a custom application; empty otherwise
 */
public record IdentityClaim(ClaimKeyType keyType, String value, String carrier, JsonObject details) {

    /** Rejects missing parts; a claim always names someone. */
    public IdentityClaim {
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(details, "details");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a claim names someone; empty value");
        }
    }

    /**
     * Whether both claims name the same person by the same key. User names and emails compare ignoring case,
     * as SCIM's {@code userName} and email values do.
     */
    public boolean namesSameIdentityAs(IdentityClaim other) {
        return keyType == other.keyType && value.equalsIgnoreCase(other.value);
    }
}
