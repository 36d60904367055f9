package dev.roster.resolution.carrier;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom application's {@code /* RosterContext {"user":…,"userGroup":…,"serviceName":…,"attributes":{…}} *}
 * {@code /}.
 *
 * @param statementIndex where it was found
 * @param user           the directory user name of the person the application acts for
 * @param userGroup      the group the application says the person acts as, when given
 * @param serviceName    the application's name, when given
 * @param attributes     free-form attributes (a ticket number, say); empty when not given
 */
public record CustomContextFinding(
        int statementIndex,
        String user,
        Optional<String> userGroup,
        Optional<String> serviceName,
        JsonObject attributes)
        implements CarrierFinding {

    /** Rejects missing parts. */
    public CustomContextFinding {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userGroup, "userGroup");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(attributes, "attributes");
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.CUSTOM_CONTEXT;
    }

    @Override
    public Optional<IdentityClaim> claim() {
        JsonObjectBuilder details = JsonBuilders.objectBuilder();
        userGroup.ifPresent(group -> details.add("userGroup", group));
        serviceName.ifPresent(service -> details.add("serviceName", service));
        details.add("attributes", attributes);
        return Optional.of(new IdentityClaim(ClaimKeyType.USER_NAME, user, kind().carrierName(), details.build()));
    }
}
