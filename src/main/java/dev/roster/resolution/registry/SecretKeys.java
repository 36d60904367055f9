package dev.roster.resolution.registry;

import dev.roster.config.RosterConfig;
import dev.roster.platform.Lazy;
import dev.roster.platform.SecretBox;
import dev.roster.platform.SharedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@link SecretBox} for stored Looker client secrets: from {@code roster.resolution.secret-key} when set,
 * else from the shared key {@value #KEY_ID} ({@link SharedKeys}), the same on all nodes. Configuring the key
 * keeps it out of database dumps.
 */
@ApplicationScoped
public class SecretKeys {

    static final String KEY_ID = "resolution-secrets";

    @Inject
    RosterConfig config;

    @Inject
    SharedKeys keys;

    private final Lazy<SecretBox> box = new Lazy<>(() -> config.resolutionSecretKey()
            .map(SecretBox::fromPassphrase)
            .orElseGet(() -> new SecretBox(keys.key(KEY_ID, "encrypts stored Looker client secrets"))));

    public SecretBox box() {
        return box.get();
    }
}
