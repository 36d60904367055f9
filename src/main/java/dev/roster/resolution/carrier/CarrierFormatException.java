package dev.roster.resolution.carrier;

/**
 * A recognised carrier that cannot be read; becomes an {@link UnattributedFinding} with
 * {@link UnattributedReason#MALFORMED_CARRIER} and this message as its detail. Hostile SQL can raise this
 * often, so it skips the stack trace.
 */
final class CarrierFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    CarrierFormatException(String detail) {
        super(detail, null, false, false);
    }
}
