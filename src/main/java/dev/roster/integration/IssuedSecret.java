package dev.roster.integration;

/**
 * A secret just generated, with the stored credential that holds its hash. The value exists only here, in
 * memory, on its way to the one response that shows it; it is never stored or logged.
 */
public record IssuedSecret(String value, CredentialEntity credential) {

    @Override
    public String toString() {
        return "IssuedSecret[" + credential.hint() + "]";
    }
}
