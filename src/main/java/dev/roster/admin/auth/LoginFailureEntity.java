package dev.roster.admin.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Consecutive failed sign-ins of one (username, address) pair, keyed by a hash of the pair. */
@Entity
@Table(name = "admin_login_failure")
public class LoginFailureEntity {

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private long firstFailureAt;

    @Column(name = "last_failure_at", nullable = false)
    private long lastFailureAt;

    protected LoginFailureEntity() {
    }

    LoginFailureEntity(String keyHash, long now) {
        this.keyHash = keyHash;
        this.failures = 1;
        this.firstFailureAt = now;
        this.lastFailureAt = now;
    }

    int failures() {
        return failures;
    }

    long lastFailureAt() {
        return lastFailureAt;
    }

    void countFailure(long now, boolean restart) {
        if (restart) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        lastFailureAt = now;
    }
}
