package dev.roster.it.replay;

import dev.roster.it.DeployedRoster;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;

/**
 * Replays, request by request, what Okta and Microsoft Entra ID send to a SCIM server
 * (shared/reference/idp-wire-behaviour.md), then the RFC 7644 points a demanding client notices, against the
 * packaged WAR on one Payara Micro.
 *
 * <p>Each Arquillian deployment boots its own server, so this one class runs every scenario; the scenarios
 * themselves are the test interfaces it implements, one file per scenario group. Every test provisions its
 * own uniquely named users and groups and asserts only on those, so no test depends on another's data or on
 * the order tests run in.
 */
class IdpReplayIT extends DeployedRoster
        implements OktaSpecTestReplay,
                OktaUserLifecycleReplay,
                OktaGroupPushReplay,
                EntraReplay,
                QueryEdgeCases,
                WriteEdgeCases,
                RequestEdgeCases,
                PagingEdgeCases {

    private ScimClient okta;
    private ScimClient entra;

    @BeforeEach
    void clients() {
        okta = ScimClient.okta(base);
        entra = ScimClient.entra(base);
    }

    @Override
    public URL base() {
        return base;
    }

    @Override
    public ScimClient okta() {
        return okta;
    }

    @Override
    public ScimClient entra() {
        return entra;
    }
}
