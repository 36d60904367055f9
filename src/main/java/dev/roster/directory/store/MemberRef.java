package dev.roster.directory.store;

/**
 * A member of a group: the member's id, its type ({@code User} or {@code Group}; null when the client
 * did not say) and the name to show for it.
 */
public record MemberRef(String value, String type, String display) {}
