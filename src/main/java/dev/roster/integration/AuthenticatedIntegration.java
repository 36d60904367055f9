package dev.roster.integration;

/** The integration a request's credential belongs to: the directory that request may see and change. */
public record AuthenticatedIntegration(String integrationId, String name, IdpType idp) {}
