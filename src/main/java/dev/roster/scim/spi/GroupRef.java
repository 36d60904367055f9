package dev.roster.scim.spi;

/** A group a user belongs to, directly or through nested groups. */
public record GroupRef(String id, String display, boolean direct) {}
