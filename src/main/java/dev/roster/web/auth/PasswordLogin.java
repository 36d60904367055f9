package dev.roster.web.auth;

import dev.roster.audit.EventOperation;
import dev.roster.audit.FailedAuthenticationLog;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.web.auth.account.AdminAccountEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One username/password check, the same for HTTP Basic and the console's sign-in, throttled by client address
 * and by username from that address ({@link ThrottleKeys}); failures written to the server log and the
 * provisioning log without the password.
 *
 * <p>The order matters. A throttled attempt is answered before anything is checked, even a remembered
 * password: a locked-out guesser must not learn from the answer whether a guess was right. A remembered
 * password (a script's next call) needs no count and no hash. Anything else is counted before its hash runs
 * ({@link LoginThrottle#claim}), so concurrent guesses cannot all slip in before the first failure is written.
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

    private final SharedAttempts<Result> sharedAttempts = new SharedAttempts<>();

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

    public enum Outcome {
        OK,
        INVALID,
        THROTTLED
    }

    /**
     * @param address the client's address, as {@code dev.roster.audit.RequestOrigins} resolves it
     * @param channel how the password came ("HTTP Basic" or "console sign-in"), for the log
     */
    public Result login(String username, String password, String address, String channel) {
        ThrottleKeys keys = ThrottleKeys.of(username, address);
        long wait = throttle.waitMillis(keys);
        if (wait > 0) {
            return throttled(username, address, wait);
        }
        Optional<AdminAccountEntity> remembered = verifier.remembered(username, password);
        if (remembered.isPresent()) {
            return Result.ok(remembered.get());
        }
        return sharedAttempts.run(
                verifier.fingerprint(username, password) + "\n" + address,
                () -> check(username, password, address, keys, channel));
    }

    private Result check(String username, String password, String address, ThrottleKeys keys, String channel) {
        long wait = throttle.claim(keys);
        if (wait > 0) {
            return throttled(username, address, wait);
        }
        Optional<AdminAccountEntity> account;
        try {
            account = verifier.verify(username, password);
        } catch (RuntimeException e) {
            throttle.failed(keys);
            throw e;
        }
        if (account.isEmpty()) {
            throttle.failed(keys);
            recordFailure(username, address, channel);
            return Result.invalid();
        }
        throttle.succeeded(keys);
        return Result.ok(account.get());
    }

    private static Result throttled(String username, String address, long waitMillis) {
        // Not checked at all while throttled: a locked-out guesser learns nothing, and costs no PBKDF2.
        LOG.fine(() -> "Admin sign-in throttled for '" + printable(username) + "' from " + address);
        return Result.throttled(waitMillis);
    }

    private void recordFailure(String username, String address, String channel) {
        String who = printable(username);
        LOG.warning("Failed admin sign-in for '" + who + "' from " + address + " (" + channel + ")");
        log.record(
                new ProvisioningEvent(
                        null,
                        EventOperation.ADMIN_LOGIN_FAILED,
                        401,
                        null,
                        null,
                        null,
                        null,
                        "Failed admin sign-in for '" + who + "' (" + channel + ")"),
                channel);
    }

    /** At most 100 printable characters: a username is attacker-chosen text headed for log files. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(100).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
