package dev.roster.scim.rest;

import jakarta.ws.rs.core.MediaType;

/** The media types of RFC 7644 section 3.1. */
public final class ScimMediaTypes {

    public static final String SCIM_JSON = "application/scim+json";
    public static final MediaType SCIM_JSON_TYPE = MediaType.valueOf(SCIM_JSON);

    private ScimMediaTypes() {}
}
