package dev.roster.platform.persistence;

/**
 * What is kept of a secret a client presents: its hex SHA-256, and a hint that tells secrets apart without
 * revealing them (the secret's first characters, or where it came from).
 */
public record SecretDigest(String hash, String hint) {}
