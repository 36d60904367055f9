package dev.roster.it.replay;

import dev.roster.it.RosterDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

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
@ExtendWith(ArquillianExtension.class)
class IdpReplayIT
        implements OktaSpecTestReplay,
                OktaUserLifecycleReplay,
                OktaGroupPushReplay,
                EntraReplay,
                QueryEdgeCases,
                WriteEdgeCases,
                RequestEdgeCases,
                PagingEdgeCases {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RosterDeployment.war();
    }

    @ArquillianResource
    URL base;

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
