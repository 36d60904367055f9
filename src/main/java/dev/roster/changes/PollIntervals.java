package dev.roster.changes;

import dev.roster.config.RosterConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs each {@link PollIntervalWork} on the managed scheduler every {@code roster.events.poll-interval-millis},
 * each at a fixed delay after its last run (a slow run is not stacked), from start-up until the application stops.
 */
@ApplicationScoped
public class PollIntervals {

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RosterConfig config;

    @Inject
    Instance<PollIntervalWork> work;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long interval = config.eventsPollIntervalMillis();
        for (PollIntervalWork each : work) {
            running.add(scheduler.scheduleWithFixedDelay(
                    each::everyPollInterval, interval, interval, TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    synchronized void stop() {
        running.forEach(future -> future.cancel(false));
        running.clear();
    }
}
