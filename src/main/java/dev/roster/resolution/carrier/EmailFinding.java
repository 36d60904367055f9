package dev.roster.resolution.carrier;

import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * A carrier that names its person by email and says nothing else: Looker's email comment and Tableau's email
 * Initial SQL differ only in where they are found, so they claim alike.
 */
public sealed interface EmailFinding extends CarrierFinding permits LookerEmailFinding, TableauEmailFinding {

    /** The address, trimmed. */
    String email();

    @Override
    default Optional<IdentityClaim> claim() {
        return Optional.of(
                new IdentityClaim(ClaimKeyType.EMAIL, email(), kind().carrierName(), JsonValue.EMPTY_JSON_OBJECT));
    }
}
