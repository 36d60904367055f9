package dev.roster.json;

import java.util.Optional;

/**
 * An enum whose constants travel by name in JSON and protocol text. The name on the wire is the constant's name
 * in lowerCamelCase ({@code READ_ONLY} is {@code readOnly}, {@code EQ} is {@code eq}), which is how the SCIM RFCs
 * spell theirs; an enum whose protocol spells them otherwise overrides {@link #wireName()}.
 */
public interface WireName {

    /** The constant's Java name; every enum has it. */
    String name();

    default String wireName() {
        String name = name();
        StringBuilder wire = new StringBuilder(name.length());
        boolean wordStart = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                wordStart = true;
            } else {
                wire.append(wordStart ? c : Character.toLowerCase(c));
                wordStart = false;
            }
        }
        return wire.toString();
    }

    /** The constant of {@code type} whose wire name is {@code name}, ignoring case; empty for null or none. */
    static <E extends Enum<E> & WireName> Optional<E> find(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equalsIgnoreCase(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
