package dev.roster.resolution.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CarrierMarkersTest {

    @Test
    void defaultsAreTheDocumentedNames() {
        CarrierMarkers defaults = CarrierMarkers.defaults();
        assertEquals("Looker Query Context", defaults.lookerContext());
        assertEquals("roster.email", defaults.email());
        assertEquals("roster.enduser", defaults.endUser());
        assertEquals("RosterContext", defaults.customContext());
    }

    @Test
    void withersChangeOneNameAndLeaveTheOriginalAlone() {
        CarrierMarkers defaults = CarrierMarkers.defaults();
        CarrierMarkers changed = defaults.withEndUser("acme.user");
        assertEquals(new CarrierMarkers("Looker Query Context", "roster.email", "acme.user", "RosterContext"), changed);
        assertEquals("roster.enduser", defaults.endUser());
        assertEquals("x", defaults.withLookerContext("x").lookerContext());
        assertEquals("y", defaults.withEmail("y").email());
        assertEquals("z", defaults.withCustomContext("z").customContext());
    }

    static Stream<UnaryOperator<CarrierMarkers>> unusable() {
        return Stream.of(
                m -> m.withEndUser(""),
                m -> m.withEndUser("   "),
                m -> m.withEndUser(" roster.enduser"),
                m -> m.withEmail("roster.email "),
                m -> m.withLookerContext("Looker\nQuery"),
                m -> m.withCustomContext("Ctx */"),
                m -> m.withCustomContext("/* Ctx"),
                m -> m.withLookerContext("-- Looker"),
                m -> m.withLookerContext("x".repeat(CarrierMarkers.MAX_MARKER_LENGTH + 1)),
                // Two comment markers, or the two Initial SQL markers, must be told apart.
                m -> m.withCustomContext("looker query context"),
                m -> m.withEmail("RosterContext"),
                m -> m.withEndUser("ROSTER.EMAIL"));
    }

    @ParameterizedTest
    @MethodSource
    void unusable(UnaryOperator<CarrierMarkers> change) {
        assertThrows(IllegalArgumentException.class, () -> change.apply(CarrierMarkers.defaults()));
    }

    @Test
    void missingNameIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> CarrierMarkers.defaults().withEndUser(null));
    }

    @Test
    void anEndUserMarkerMayEqualACommentMarker() {
        // The end-user marker only appears in Initial SQL, so it cannot collide with a comment prefix.
        assertEquals(
                "RosterContext",
                CarrierMarkers.defaults().withEndUser("RosterContext").endUser());
    }
}
