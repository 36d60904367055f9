package dev.roster.resolution.carrier;

import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * Looker's {@code -- Looker Query Context '{"user_id":123,"history_slug":"…","instance_slug":"…"}'}.
 *
 * @param statementIndex where it was found
 * @param userId         Looker's internal user id; not an email, it is mapped through the Looker API
 * @param historySlug    {@code history_slug}, the query's history entry, when present
 * @param historyId      {@code history_id}, which some Looker versions write instead, when present
 * @param instanceSlug   {@code instance_slug}, which Looker instance ran the query, when present; it tells
 *                       which instance's API maps the user id
 */
public record LookerContextFinding(
        int statementIndex,
        long userId,
        Optional<String> historySlug,
        Optional<String> historyId,
        Optional<String> instanceSlug)
        implements CarrierFinding {

    /** Rejects missing optionals; absent values are {@code Optional.empty()}. */
    public LookerContextFinding {
        Objects.requireNonNull(historySlug, "historySlug");
        Objects.requireNonNull(historyId, "historyId");
        Objects.requireNonNull(instanceSlug, "instanceSlug");
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.LOOKER_CONTEXT;
    }

    @Override
    public Optional<IdentityClaim> claim() {
        return Optional.of(new IdentityClaim(
                ClaimKeyType.LOOKER_USER_ID,
                Long.toString(userId),
                kind().carrierName(),
                addDetailsTo(JsonBuilders.objectBuilder()).build()));
    }

    /** Adds what identifies the query and instance, also used when an email claim absorbs this context. */
    JsonObjectBuilder addDetailsTo(JsonObjectBuilder details) {
        instanceSlug.ifPresent(slug -> details.add("instanceSlug", slug));
        historySlug.ifPresent(slug -> details.add("historySlug", slug));
        historyId.ifPresent(id -> details.add("historyId", id));
        return details;
    }
}
