package dev.roster.admin.auth.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The shared key that signs session cookies (base64 of 32 random bytes). */
@Entity
@Table(name = "admin_session_key")
public class SessionKeyEntity {

    static final String SIGNING_KEY_ID = "session-signing";

    @Id
    @Column(name = "id", length = 32)
    private String id;

    @Column(name = "secret", nullable = false, length = 128)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    protected SessionKeyEntity() {
    }

    SessionKeyEntity(String id, String secret, long createdAt) {
        this.id = id;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String secret() {
        return secret;
    }
}
