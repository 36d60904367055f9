package dev.roster.scim.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body that is a bulk request: {@link ScimJsonBodyReader} then allows up to
 * {@code roster.scim.bulk.max-payload-bytes} (advertised as {@code bulk.maxPayloadSize}) instead of the
 * ordinary {@code roster.scim.max-body-bytes}. JAX-RS hands the entity parameter's annotations to the reader,
 * so the limit follows the endpoint's declaration rather than a match on the request path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface BulkPayload {}
