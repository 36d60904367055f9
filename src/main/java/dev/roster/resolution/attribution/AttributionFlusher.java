package dev.roster.resolution.attribution;

import dev.roster.config.RosterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Flushes this node's attribution tallies every {@code roster.resolution.attribution.flush-seconds}, and at shutdown. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttributionFlusher {

    @Resource
    TimerService timers;

    @Inject
    RosterConfig config;

    @Inject
    AttributionRecorder recorder;

    @PostConstruct
    void start() {
        long interval = config.resolutionFlushSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("attribution-flush", false));
    }

    @Timeout
    void flush() {
        recorder.flush();
    }

    @PreDestroy
    void stop() {
        recorder.flush();
    }
}
