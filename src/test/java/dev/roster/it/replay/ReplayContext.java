package dev.roster.it.replay;

import java.net.URL;

/**
 * What every replay scenario needs from the one deployment that runs them all: the application's URL and a
 * client per identity provider. {@link IdpReplayIT} provides it; each scenario is an interface of default
 * {@code @Test} methods (JUnit 5 test interfaces) so the scenarios live in their own files yet share one boot.
 */
interface ReplayContext {

    URL base();

    /** A client that sends Okta's headers. */
    ScimClient okta();

    /** A client that sends Microsoft Entra ID's headers. */
    ScimClient entra();
}
