package dev.roster.events.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock delivery reads (backoff, pausing, positions' times): the system's, and a test's own in unit tests. */
@ApplicationScoped
public class DeliveryClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
