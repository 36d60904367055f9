package dev.roster.web.auth.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrator of the console and admin API; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "admin_account")
public class AdminAccountEntity {

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    protected AdminAccountEntity() {}

    public AdminAccountEntity(String username, String passwordHash, long now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash, long now) {
        this.passwordHash = newHash;
        this.modifiedAt = now;
    }
}
