package dev.roster.integration.oauth.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OAuth 2.0 token endpoints at {@code /oauth/v1}: an application of its own because it authenticates
 * clients by their secret, neither by a SCIM bearer token nor as an admin.
 */
@ApplicationPath("oauth/v1")
public class OAuthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TokenEndpoint.class, OAuthFallbackMapper.class);
    }
}
