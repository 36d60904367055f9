package dev.roster.integration;

import dev.roster.platform.persistence.LastUseRecorder;
import jakarta.enterprise.context.ApplicationScoped;

/** Records when a credential was last used, in a short transaction of its own. */
@ApplicationScoped
public class CredentialUsage extends LastUseRecorder {

    public CredentialUsage() {
        super(CredentialEntity.class);
    }
}
