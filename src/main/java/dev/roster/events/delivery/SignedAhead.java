package dev.roster.events.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Signs a stream's SETs ahead of the one being posted, in parallel, and hands them back in their order: the POSTs
 * stay one after the other, the signatures (most of a SET's cost) need not. SETs go to the executor a chunk at a
 * time (a managed executor captures the caller's context per task, which costs more than a task worth one
 * signature), and a chunk nobody has started when it is wanted is signed by the caller, so a busy or saturated
 * executor slows delivery down but never stalls it.
 */
final class SignedAhead<T> implements AutoCloseable {

    private final Iterator<T> events;
    private final Function<T, String> sign;
    private final Executor executor;
    private final int ahead;
    private final int chunk;
    private final Deque<FutureTask<List<String>>> started = new ArrayDeque<>();
    private Iterator<String> current = List.<String>of().iterator();

    /**
     * @param ahead how many chunks may be under way besides the one the caller takes from
     * @param chunk how many SETs one task signs
     */
    SignedAhead(List<T> events, Function<T, String> sign, Executor executor, int ahead, int chunk) {
        this.events = events.iterator();
        this.sign = sign;
        this.executor = executor;
        this.ahead = Math.max(1, ahead);
        this.chunk = Math.max(1, chunk);
        fill();
    }

    /** The next SET, signed. */
    String next() {
        if (!current.hasNext()) {
            FutureTask<List<String>> task = started.removeFirst();
            fill();
            task.run(); // does nothing when a worker has it or had it
            current = signed(task).iterator();
        }
        return current.next();
    }

    /** Drops the signatures nobody will post (the receiver failed). */
    @Override
    public void close() {
        started.forEach(task -> task.cancel(false));
        started.clear();
    }

    private void fill() {
        while (started.size() <= ahead && events.hasNext()) {
            List<T> some = new ArrayList<>(chunk);
            while (some.size() < chunk && events.hasNext()) {
                some.add(events.next());
            }
            FutureTask<List<String>> task =
                    new FutureTask<>(() -> some.stream().map(sign).toList());
            started.addLast(task);
            executor.execute(task);
        }
    }

    private static List<String> signed(FutureTask<List<String>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing a SET", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("A SET could not be signed", e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("A SET's signature was cancelled", e);
        }
    }
}
