package dev.roster.resolution.carrier;

/**
 * Plausibility checks for the names and emails carriers deliver. They do not validate addresses (the
 * directory lookup decides whether someone exists); they catch what is certainly not an identity: a Liquid
 * template Looker left unsubstituted, a value with line breaks that would forge log lines, a megabyte "name".
 */
final class IdentityValues {

    /** Longer than any user name or email address the directory stores (RFC 5321 caps a path at 256). */
    static final int MAX_LENGTH = 320;

    private IdentityValues() {}

    /**
     * Checks a user name.
     *
     * @param value the trimmed, non-empty value
     * @param what  names the value in the detail message
     */
    static String requireName(String value, String what) throws CarrierFormatException {
        if (value.length() > MAX_LENGTH) {
            throw new CarrierFormatException(what + " longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new CarrierFormatException(what + " contains a control character");
            }
        }
        return value;
    }

    /**
     * Checks an email: a name without whitespace with an '@' that is neither first nor last, so that
     * {@code {{ _user_attributes['email'] }}} (Looker without substitution) is rejected.
     *
     * @param value the trimmed, non-empty value
     * @param what  names the value in the detail message
     */
    static String requireEmail(String value, String what) throws CarrierFormatException {
        requireName(value, what);
        int at = value.lastIndexOf('@');
        boolean hasWhitespace = value.chars().anyMatch(Character::isWhitespace);
        if (at <= 0 || at == value.length() - 1 || hasWhitespace) {
            throw new CarrierFormatException(what + " is not an email address");
        }
        return value;
    }
}
