package dev.roster.scim.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SCIM 2.0 service provider at {@code /scim/v2}. Its classes are listed explicitly so the SCIM error
 * mappers and body providers apply here and nowhere else (the admin API has its own application).
 */
@ApplicationPath("scim/v2")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Roster",
                        version = "1",
                        description = "SCIM 2.0 service provider (RFC 7643/7644), admin API and identity resolution."),
        tags = {
            @Tag(
                    name = "SCIM",
                    description = "SCIM 2.0 endpoints an IdP provisions into; the bearer token selects the integration")
        })
@SecurityScheme(
        securitySchemeName = "scimBearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The integration's SCIM bearer token")
public class ScimApplication extends Application {

    /**
     * Jersey copies every response into an 8 KB buffer to learn its length; {@link ScimJsonBodyWriter} states
     * the length itself, so SCIM responses go straight to the connection.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.contentLength.buffer", 0);
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ScimAuthenticationFilter.class,
                ScimJsonBodyReader.class,
                ScimJsonBodyWriter.class,
                ScimExceptionMapper.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class,
                RejectedRequestLogger.class,
                DiscoveryResource.class,
                MeResource.class,
                ResourceTypeEndpoint.class,
                RootSearchResource.class,
                BulkResource.class);
    }
}
