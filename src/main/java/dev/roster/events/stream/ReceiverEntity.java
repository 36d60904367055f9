package dev.roster.events.stream;

import dev.roster.platform.persistence.HashedSecretEntity;
import dev.roster.platform.persistence.SecretDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A receiver that manages its own streams through the SSF API with a bearer token; only the token's SHA-256 is kept. */
@Entity
@Table(name = "event_receiver")
public class ReceiverEntity extends HashedSecretEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected ReceiverEntity() {}

    ReceiverEntity(String id, String name, SecretDigest secret, long createdAt) {
        super(id, secret, createdAt);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
