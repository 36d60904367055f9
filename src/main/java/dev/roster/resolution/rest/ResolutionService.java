package dev.roster.resolution.rest;

import dev.roster.resolution.attribution.AttributionRecorder;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.DirectoryLookups;
import dev.roster.resolution.core.IdentityLookup;
import dev.roster.resolution.core.Resolution;
import dev.roster.resolution.core.Resolver;
import dev.roster.resolution.core.SessionCarrierStore;
import dev.roster.resolution.looker.LookerUserDirectory;
import dev.roster.resolution.registry.AccountConfigs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Wires the pure {@link Resolver} to the registry, the directory, Looker, the session store and attribution. */
@ApplicationScoped
public class ResolutionService {

    @Inject
    AccountConfigs accounts;

    @Inject
    DirectoryLookups directory;

    @Inject
    LookerUserDirectory looker;

    @Inject
    SessionCarrierStore sessions;

    @Inject
    AttributionRecorder attribution;

    private Resolver resolver;

    @PostConstruct
    void init() {
        resolver = new Resolver(directory, looker, sessions);
    }

    /** The account, or empty when not registered. */
    public Optional<AccountConfig> account(String repository, String dbAccount) {
        return accounts.find(repository, dbAccount);
    }

    /** Resolves and records the outcome against the account. */
    public Resolution resolve(AccountConfig account, String sessionId, List<String> statements) {
        Resolution resolution = resolver.resolve(account, sessionId, statements);
        attribution.record(account, resolution, sessionId);
        return resolution;
    }

    /**
     * Resolves without side effects, for the console's "who is behind this statement?": not counted in the
     * attribution records, and Initial SQL holds only within the given statements (no session is read or kept).
     */
    public Resolution preview(AccountConfig account, List<String> statements) {
        return resolver.resolve(account, null, statements);
    }

    /** A user by userName, else (for a value with '@') by email, with groups. */
    public IdentityLookup identity(String integrationId, String userNameOrEmail) {
        String key = userNameOrEmail.toLowerCase(Locale.ROOT);
        IdentityLookup byName = directory.byUserName(integrationId, key, true);
        if (byName.outcome() != IdentityLookup.Outcome.UNKNOWN || key.indexOf('@') < 0) {
            return byName;
        }
        return directory.byEmail(integrationId, key, true);
    }
}
