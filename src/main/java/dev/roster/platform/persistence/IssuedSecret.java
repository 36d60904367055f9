package dev.roster.platform.persistence;

/**
 * A secret just generated, with the stored row that holds its hash (a SCIM token, an OAuth secret, an API key, a
 * receiver's token). The value exists only here, in memory, on its way to the one response that shows it; it is
 * never stored or logged.
 */
public record IssuedSecret<T extends HashedSecretEntity>(String value, T stored) {

    @Override
    public String toString() {
        return "IssuedSecret[" + stored.hint() + "]";
    }
}
