package dev.roster.web.api.bearer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bearer filter's side that needs no JAX-RS runtime: which header is a bearer token, what reaches the feature,
 * and where the caller is kept. (Its 401 answers are checked by StreamManagementIT and ResolutionIT.)
 */
class BearerAuthenticationFilterTest {

    record Receiver(String id) {}

    /** Guards every request; knows the token "good". */
    static class Filter extends BearerAuthenticationFilter<Receiver> {
        final List<String> presented = new ArrayList<>();
        boolean guarding = true;

        Filter() {
            super(Receiver.class, "test", "Send a token", "Unknown token");
        }

        @Override
        protected boolean guards(ContainerRequestContext request) {
            return guarding;
        }

        @Override
        protected Optional<Receiver> authenticate(String token) {
            presented.add(token);
            return token.equals("good") ? Optional.of(new Receiver("r1")) : Optional.empty();
        }
    }

    @Test
    void aBearerTokenIsTheBearerSchemeInAnyCase() {
        assertTrue(BearerAuthenticationFilter.hasBearerToken(request("Bearer abc")));
        assertTrue(BearerAuthenticationFilter.hasBearerToken(request("bEARER abc")));
        assertFalse(BearerAuthenticationFilter.hasBearerToken(request("Basic YWRtaW46eA==")));
        assertFalse(BearerAuthenticationFilter.hasBearerToken(request("Bearerabc")));
        assertFalse(BearerAuthenticationFilter.hasBearerToken(request(null)));
    }

    @Test
    void theCallerOfAValidTokenIsKeptForTheResources() {
        Filter filter = new Filter();
        ContainerRequestContext request = request("Bearer  good ");
        filter.filter(request);
        assertEquals(List.of("good"), filter.presented, "the token, without the scheme and spaces around it");
        assertEquals(Optional.of(new Receiver("r1")), BearerAuthenticationFilter.callerOf(request, Receiver.class));
        assertEquals(
                Optional.empty(),
                BearerAuthenticationFilter.callerOf(request, String.class),
                "another kind of caller is not this one");
    }

    @Test
    void aRequestTheFeatureDoesNotGuardIsLeftAlone() {
        Filter filter = new Filter();
        filter.guarding = false;
        ContainerRequestContext request = request("Bearer good");
        filter.filter(request);
        assertEquals(List.of(), filter.presented);
        assertEquals(Optional.empty(), BearerAuthenticationFilter.callerOf(request, Receiver.class));
    }

    /** A request with this Authorization header (null: none) and request properties. */
    private static ContainerRequestContext request(String authorization) {
        Map<String, Object> properties = new HashMap<>();
        return (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getProperty" -> properties.get((String) args[0]);
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
