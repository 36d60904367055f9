package dev.roster.scim.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The parameters a request about one user or group may carry (RFC 7644 3.3–3.6, 3.9, 3.14): its id, the
 * versions it expects or holds, and the attributes the answer shows. A JAX-RS bean parameter of
 * {@link ResourceTypeEndpoint}, so each of its methods names only what it reads besides.
 */
public class ResourceRequest {

    @PathParam("id")
    String id;

    @HeaderParam("If-Match")
    String ifMatch;

    @HeaderParam("If-None-Match")
    String ifNoneMatch;

    @QueryParam("attributes")
    String attributes;

    @QueryParam("excludedAttributes")
    String excludedAttributes;
}
