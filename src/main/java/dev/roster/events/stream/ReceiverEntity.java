package dev.roster.events.stream;

import dev.roster.platform.persistence.HashedSecretEntity;
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

    ReceiverEntity(String id, String name, String secretHash, String hint, long createdAt) {
        super(id, secretHash, hint, createdAt);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
