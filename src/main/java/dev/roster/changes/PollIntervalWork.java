package dev.roster.changes;

/**
 * Work a node does every {@code roster.events.poll-interval-millis} from start-up to shutdown, to see what other
 * nodes committed to the outbox; {@link PollIntervals} runs every bean that implements it.
 */
public interface PollIntervalWork {

    void everyPollInterval();
}
