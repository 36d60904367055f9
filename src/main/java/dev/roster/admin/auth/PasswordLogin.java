package dev.roster.admin.auth;

import dev.roster.admin.account.AdminAccountEntity;
import dev.roster.audit.EventOperation;
import dev.roster.audit.FailedAuthenticationLog;
import dev.roster.audit.ProvisioningEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One username/password check, the same for HTTP Basic and the console's sign-in: throttled per
 * (username, address), failures written to the server log and the provisioning log without the password.
 */
@ApplicationScoped
public class PasswordLogin {

    private static final Logger LOG = Logger.getLogger(PasswordLogin.class.getName());

    @Inject
    AdminCredentialVerifier verifier;

    @Inject
    LoginThrottle throttle;

    @Inject
    FailedAuthenticationLog log;

    /** OK with the account, INVALID, or THROTTLED with the seconds to wait. */
    public record Result(Outcome outcome, AdminAccountEntity account, long retryAfterSeconds) {

        static Result ok(AdminAccountEntity account) {
            return new Result(Outcome.OK, account, 0);
        }

        static Result invalid() {
            return new Result(Outcome.INVALID, null, 0);
        }

        static Result throttled(long waitMillis) {
            return new Result(Outcome.THROTTLED, null, Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    public enum Outcome { OK, INVALID, THROTTLED }

    /** @param channel how the password came ("HTTP Basic" or "console sign-in"), for the log */
    public Result login(String username, String password, String address, String channel) {
        long wait = throttle.waitMillis(username, address);
        if (wait > 0) {
            // Not checked at all while throttled: a locked-out guesser learns nothing, and costs no PBKDF2.
            LOG.fine(() -> "Admin sign-in throttled for '" + printable(username) + "' from " + address);
            return Result.throttled(wait);
        }
        Optional<AdminAccountEntity> account = verifier.verify(username, password);
        if (account.isPresent()) {
            if (wait == 0) {
                resetQuietly(username, address);
            }
            return Result.ok(account.get());
        }
        recordFailure(username, address, channel);
        return Result.invalid();
    }

    private void recordFailure(String username, String address, String channel) {
        String who = printable(username);
        LOG.warning("Failed admin sign-in for '" + who + "' from " + address + " (" + channel + ")");
        try {
            throttle.recordFailure(username, address);
        } catch (RuntimeException e) {
            // A concurrent first failure of the same pair inserted the row first; one count is enough.
            LOG.log(Level.FINE, "Failure count not updated", e);
        }
        log.record(new ProvisioningEvent(null, EventOperation.ADMIN_LOGIN_FAILED, 401, null, null, null, null,
                "Failed admin sign-in for '" + who + "' (" + channel + ")"), channel);
    }

    private void resetQuietly(String username, String address) {
        try {
            throttle.reset(username, address);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Failure count not reset", e);
        }
    }

    /** At most 100 printable characters: a username is attacker-chosen text headed for log files. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(100).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
