package dev.roster.web.auth.account;

import dev.roster.platform.persistence.TimestampedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An administrator of the console and admin API; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "admin_account")
@AttributeOverride(name = "id", column = @Column(name = "username", length = 100))
public class AdminAccountEntity extends TimestampedEntity {

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    protected AdminAccountEntity() {}

    public AdminAccountEntity(String username, String passwordHash, long now) {
        super(username, now);
        this.passwordHash = passwordHash;
    }

    public String username() {
        return id();
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash, long now) {
        this.passwordHash = newHash;
        modified(now);
    }
}
