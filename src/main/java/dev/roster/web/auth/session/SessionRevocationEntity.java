package dev.roster.web.auth.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-out session: its cookies keep a valid signature until they expire, so the id is refused here. */
@Entity
@Table(name = "admin_session_revocation")
public class SessionRevocationEntity {

    @Id
    @Column(name = "session_id", length = 64)
    private String sessionId;

    @Column(name = "revoked_at", nullable = false)
    private long revokedAt;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    protected SessionRevocationEntity() {}

    SessionRevocationEntity(String sessionId, long revokedAt, long expiresAt) {
        this.sessionId = sessionId;
        this.revokedAt = revokedAt;
        this.expiresAt = expiresAt;
    }
}
