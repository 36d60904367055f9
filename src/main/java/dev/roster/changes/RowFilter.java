package dev.roster.changes;

import java.util.Set;

/**
 * Which directory changes a stream can get an event from, so that the outbox query skips the others before
 * reading their payload: those whose operation is in {@code operations} or whose activation is in
 * {@code activations}. A stream's own rows (verification, subjects, status) are always read.
 *
 * @param everything whether every row may give the stream an event (the sets are then not looked at)
 */
public record RowFilter(boolean everything, Set<String> operations, Set<String> activations) {

    public static final RowFilter ALL = new RowFilter(true, Set.of(), Set.of());

    public RowFilter {
        operations = Set.copyOf(operations);
        activations = Set.copyOf(activations);
    }
}
