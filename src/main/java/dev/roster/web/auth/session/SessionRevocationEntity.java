package dev.roster.web.auth.session;

import dev.roster.platform.persistence.IdentifiedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A signed-out session: its cookies keep a valid signature until they expire, so the id is refused here. */
@Entity
@Table(name = "admin_session_revocation")
@AttributeOverride(name = "id", column = @Column(name = "session_id", length = 64))
public class SessionRevocationEntity extends IdentifiedEntity {

    @Column(name = "revoked_at", nullable = false)
    private long revokedAt;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    protected SessionRevocationEntity() {}

    SessionRevocationEntity(String sessionId, long revokedAt, long expiresAt) {
        super(sessionId);
        this.revokedAt = revokedAt;
        this.expiresAt = expiresAt;
    }
}
