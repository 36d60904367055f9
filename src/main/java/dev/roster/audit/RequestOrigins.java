package dev.roster.audit;

import dev.roster.platform.http.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.Callable;

/**
 * Where the current action comes from, for the provisioning log and sign-in throttling. Usually that is the
 * HTTP request the thread serves, its client address as {@link ClientAddresses} resolves it (behind trusted
 * proxies, the forwarded client's); work that one thread does for another thread's request (a shared commit)
 * runs {@link #callAs callAs} the origin it captured there.
 */
@ApplicationScoped
public class RequestOrigins {

    private static final ThreadLocal<RequestOrigin> HANDED_OVER = new ThreadLocal<>();

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    ClientAddresses clientAddresses;

    public RequestOrigin current() {
        RequestOrigin handedOver = HANDED_OVER.get();
        if (handedOver != null) {
            return handedOver;
        }
        try {
            return new RequestOrigin(
                    clientAddresses.of(servletRequest),
                    servletRequest.getHeader("User-Agent"),
                    AuditActor.of(servletRequest));
        } catch (ContextNotActiveException | IllegalStateException e) {
            // Startup tasks and timers have no HTTP request behind them.
            return RequestOrigin.UNKNOWN;
        }
    }

    /** Runs work on this thread as if it served the request the origin was captured from. */
    public <T> T callAs(RequestOrigin origin, Callable<T> work) throws Exception {
        RequestOrigin previous = HANDED_OVER.get();
        HANDED_OVER.set(origin);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                HANDED_OVER.remove();
            } else {
                HANDED_OVER.set(previous);
            }
        }
    }
}
