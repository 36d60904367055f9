package dev.roster.events.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Signs a stream's SETs a few ahead of the one being posted, in parallel, and hands them back in their order: the
 * POSTs stay one after the other, the signatures (most of a SET's cost) need not. A signature nobody has started
 * when it is wanted is made by the caller, so a busy or saturated executor slows delivery down but never stalls it.
 */
final class SignedAhead<T> implements AutoCloseable {

    private final Iterator<T> events;
    private final Function<T, String> sign;
    private final Executor executor;
    private final int ahead;
    private final Deque<FutureTask<String>> started = new ArrayDeque<>();

    /** @param ahead how many signatures may be under way besides the one the caller waits for */
    SignedAhead(List<T> events, Function<T, String> sign, Executor executor, int ahead) {
        this.events = events.iterator();
        this.sign = sign;
        this.executor = executor;
        this.ahead = Math.max(1, ahead);
        fill();
    }

    /** The next SET, signed. */
    String next() {
        FutureTask<String> task = started.removeFirst();
        fill();
        task.run(); // does nothing when a worker has it or had it
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

    /** Drops the signatures nobody will post (the receiver failed). */
    @Override
    public void close() {
        started.forEach(task -> task.cancel(false));
        started.clear();
    }

    private void fill() {
        while (started.size() <= ahead && events.hasNext()) {
            T event = events.next();
            FutureTask<String> task = new FutureTask<>(() -> sign.apply(event));
            started.addLast(task);
            executor.execute(task);
        }
    }
}
