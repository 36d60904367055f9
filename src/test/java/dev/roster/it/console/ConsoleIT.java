package dev.roster.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.AdminSetup;
import dev.roster.it.Clients;
import dev.roster.it.DeployedRoster;
import dev.roster.it.Http;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (headless Chromium) on the packaged WAR: an admin signs in, creates an Okta
 * integration, enables SCIM and copies the token; the "IdP" provisions a user and a group with that token;
 * the admin finds both in the directory and every request, including the rejected ones with their reason,
 * in the provisioning log; the admin registers a repository and its database account for service account
 * resolution, follows the account's Looker setup and sees whom a pasted statement resolves to. Screenshots of
 * the main screens land in {@code target/screenshots/}.
 */
class ConsoleIT extends DeployedRoster {

    private static final String ADMIN_PASSWORD = Clients.ADMIN_PASSWORD;
    private static final int WIDE = 1280;
    private static final int TALL = 800;
    private static final int NARROW = 420;
    private static final int NARROW_TALL = 900;

    @BeforeEach
    void browserIsInstalled() {
        BrowserRequirement.check();
    }

    // ----------------------------------------------------------------------------------------------------
    // The whole journey

    @Test
    void adminConnectsOktaAndFindsWhatItProvisionedInTheDirectoryAndTheLog() {
        String name = "Okta " + UUID.randomUUID().toString().substring(0, 6);
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.heading("Sign in to the console");
            browser.screenshot("01-sign-in");
            browser.signIn("admin", ADMIN_PASSWORD);

            // Create the integration; the console continues on its edit page (the pencil).
            browser.button("New integration").click();
            WebElement nameField = browser.visible(By.cssSelector("dialog input[name=name]"));
            nameField.sendKeys(name);
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector("dialog input[name=idp][value=okta]"))
                            .isSelected(),
                    "Okta is the default IdP");
            browser.button("Create integration").click();
            browser.heading(name);
            String id = currentRoute(browser).replaceAll("^/integrations/([^/]+)/edit$", "$1");
            assertTrue(id.matches("okta-[a-z0-9-]+"), id);

            // "Enable service account resolution" shows the panel; Save issues the token, shown once.
            browser.click(By.cssSelector(".switch"));
            browser.visible(By.xpath("//h2[normalize-space()='Configure Your SCIM Integration']"));
            for (String label : List.of(
                    "SCIM connector base URL",
                    "Unique identifier field for users",
                    "Supported provisioning actions",
                    "Authentication Mode",
                    "Bearer Token")) {
                browser.visible(By.xpath(
                        "//*[@id='scim-panel']//*[contains(@class,'label')][normalize-space()='" + label + "']"));
            }
            assertEquals(
                    "https://roster.example.test/scim/v2",
                    browser.driver()
                            .findElement(By.cssSelector("[data-field=baseUrl] input"))
                            .getDomProperty("value"));
            browser.click(By.id("scim-save"));
            String token = shownToken(browser);
            browser.visible(By.xpath(
                    "//*[contains(@class,'token-box')]//*[contains(normalize-space(),'it will not be shown again')]"));

            browser.click(By.cssSelector(".token-box button[aria-label='Copy Bearer Token']"));
            browser.visible(By.cssSelector(".token-box button[data-copied=true]"));
            assertEquals(
                    token,
                    browser.asyncScript(
                            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('clipboard refused: ' + e))"),
                    "the copy button puts the token on the clipboard");
            assertTokenNotStored(browser, token);
            assertPageIsWellFormed(browser, "SCIM panel");
            browser.fullPageScreenshot("03-scim-panel-with-okta-guide");
            browser.screenshot("03b-scim-panel-viewport");

            // Save again: confirm that the old token stops working, get a new one.
            browser.click(By.id("scim-save"));
            browser.visible(By.xpath("//dialog//h2[normalize-space()='Generate a new token?']"));
            assertPageIsWellFormed(browser, "regenerate dialog");
            browser.screenshot("03c-regenerate-confirmation");
            browser.button("Generate new token").click();
            String regenerated = browser.until(driver -> {
                String value = shownTokenNow(browser);
                return value != null && !value.equals(token) ? value : null;
            });
            assertEquals(401, scim(token).get("scim/v2/Users").status(), "the old token stopped at once");
            assertEquals(200, scim(regenerated).get("scim/v2/Users").status());

            // Hiding the token removes it from the page.
            browser.button("I have copied it, hide the token").click();
            browser.until(
                    driver -> driver.findElements(By.cssSelector(".token-box")).isEmpty());
            assertFalse(browser.driver().getPageSource().contains(regenerated), "the token is gone from the DOM");

            // The IdP provisions a user and a group; one request is rejected (duplicate userName), one
            // comes with a wrong token (Okta's failed "Test Connector Configuration").
            Http idp = scim(regenerated);
            Http.Reply user = idp.post("scim/v2/Users", userBody("jane.doe@example.com", "Jane", "Doe"));
            assertEquals(201, user.status(), user.toString());
            String userId = user.json().getString("id");
            Http.Reply group = idp.post(
                    "scim/v2/Groups",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                            + "\"displayName\":\"Finance analysts\",\"members\":[{\"value\":\"" + userId + "\"}]}");
            assertEquals(201, group.status(), group.toString());
            String groupId = group.json().getString("id");
            assertEquals(
                    409,
                    idp.post("scim/v2/Users", userBody("jane.doe@example.com", "Jane", "Again"))
                            .status());
            // Okta retries its connection test: failed authentications are one log entry per source and minute.
            String wrongToken = "rsct_wrong-" + UUID.randomUUID();
            for (int attempt = 0; attempt < 3; attempt++) {
                assertEquals(
                        401,
                        scim(wrongToken)
                                .get("scim/v2/Users?filter=userName%20eq%20%22x%22")
                                .status());
            }

            // Integrations list with its status.
            browser.go("/integrations");
            browser.heading("Integrations");
            WebElement row = browser.visible(By.cssSelector("tr[data-integration='" + id + "']"));
            browser.until(driver -> row.getText().contains("Provisioning on"));
            assertPageIsWellFormed(browser, "integrations");
            browser.screenshot("02-integrations-list");

            // Overview: connection status with counts and the last error.
            browser.go("/integrations/" + id);
            browser.heading(name);
            browser.waitForText(By.id("last-error-panel"), "Rejected 409");
            browser.waitForText(By.id("last-error"), "userName is already taken");
            // The wrong-token request matched no integration, so it is not this integration's error, but it is
            // what a failed connection test looks like: the overview points it out.
            browser.waitForText(By.id("unknown-token-alert"), "unknown token");
            assertPageIsWellFormed(browser, "overview");
            browser.screenshot("02b-integration-overview");

            // Directory: search, user detail with attributes and groups, group detail with members.
            browser.go("/directory/" + id + "/users");
            browser.heading("Users");
            browser.type(By.cssSelector("input[type=search]"), "jane");
            browser.click(By.cssSelector("tr[data-user-id='" + userId + "'] a"));
            browser.heading("Jane Doe");
            browser.visible(By.xpath(
                    "//dt[normalize-space()='name.givenName']/following-sibling::dd[1][normalize-space()='Jane']"));
            browser.visible(
                    By.xpath(
                            "//section[.//h2[starts-with(normalize-space(),'Groups')]]//a[normalize-space()='Finance analysts']"));
            assertPageIsWellFormed(browser, "user detail");
            browser.screenshot("04-directory-user-detail");

            browser.click(
                    By.xpath(
                            "//section[.//h2[starts-with(normalize-space(),'Groups')]]//a[normalize-space()='Finance analysts']"));
            browser.heading("Finance analysts");
            browser.visible(By.cssSelector("tr[data-member-id='" + userId + "']"));
            assertTrue(currentRoute(browser).endsWith("/groups/" + groupId), currentRoute(browser));
            assertPageIsWellFormed(browser, "group detail");
            browser.screenshot("05-directory-group-detail");

            // The log, live: a request made while the page is open shows up without a reload.
            browser.go("/log?integration=" + id);
            browser.heading("Provisioning log");
            browser.visible(By.cssSelector("li.log-entry"));
            Http.Reply late = idp.post("scim/v2/Users", userBody("late.arrival@example.com", "Late", "Arrival"));
            assertEquals(201, late.status());
            browser.visible(
                    By.xpath(
                            "//li[contains(@class,'log-entry')]//*[contains(@class,'log-resource')][contains(.,'late.arrival@example.com')]"));

            // Rejected requests stand out with their error and what to do about it.
            browser.click(
                    By.xpath("//fieldset[legend[normalize-space()='Outcome']]//label[normalize-space()='Rejected']"));
            browser.visible(By.cssSelector("li.log-rejected"));
            browser.until(driver -> driver.findElements(By.cssSelector("li.log-entry")).stream()
                    .allMatch(entry -> entry.getAttribute("class").contains("log-rejected")));
            // The status, the server's reason and the next step are on the entry's summary line, unopened.
            WebElement duplicate = browser.visible(
                    By.xpath(
                            "//li[contains(@class,'log-rejected')][.//*[contains(@class,'log-outcome')][contains(.,'Rejected 409')]]"));
            assertTrue(
                    duplicate
                            .findElement(By.cssSelector("summary .log-error"))
                            .getText()
                            .contains("userName is already taken"),
                    duplicate.getText());
            assertTrue(
                    duplicate
                            .findElement(By.cssSelector("summary .log-hint"))
                            .getText()
                            .contains("duplicate username"),
                    duplicate.getText());
            assertPageIsWellFormed(browser, "log");
            browser.screenshot("06-provisioning-log-rejected");

            // The wrong-token request belonged to no integration: the unfiltered log explains it.
            browser.go("/log?outcome=rejected");
            WebElement badToken = browser.visible(By.xpath(
                    "//li[contains(@class,'log-rejected')][.//*[contains(@class,'log-outcome')][contains(.,'401')]]"));
            assertTrue(badToken.getText().contains("No integration"), badToken.getText());
            assertTrue(badToken.getText().contains("Paste the current token"), badToken.getText());
            // The entry stands for all attempts of its minute and says how many.
            assertTrue(
                    browser.driver().findElements(By.cssSelector("li.log-rejected .log-count")).stream()
                            .anyMatch(count -> count.getText().matches("× [0-9][0-9,]*")
                                    && !count.getText().equals("× 1")),
                    "a repeated failure shows its count");
            badToken.findElement(By.tagName("summary")).click();
            browser.visible(By.xpath(
                    "//li[contains(@class,'log-rejected')]//details[@open]//dt[normalize-space()='Source address']"));
            browser.screenshot("06b-provisioning-log-bad-token");
        }
    }

    @Test
    void rotationKeepsTheOldTokenForItsGraceAndSwitchingOffDisablesProvisioning() {
        String name = "Rotate " + UUID.randomUUID().toString().substring(0, 6);
        Http.Reply created = admin().post("api/v1/integrations", "{\"name\":\"" + name + "\",\"idp\":\"okta\"}");
        String id = created.json().getString("id");
        String first =
                admin().post("api/v1/integrations/" + id + "/scim", null).json().getString("token");
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.signIn("admin", ADMIN_PASSWORD);
            // The server's configured token (roster.scim.token) is explained where `default` shows its tokens.
            browser.go("/integrations/default/edit");
            WebElement configured = browser.visible(By.id("configured-token-note"));
            browser.script("document.getElementById('configured-token-note').scrollIntoView();");
            assertTrue(
                    configured.getText().contains("roster.scim.token")
                            && configured.getText().contains("Restarting Roster does not bring it back"),
                    configured.getText());
            assertPageIsWellFormed(browser, "SCIM panel of default");
            browser.screenshot("07b-scim-panel-configured-token");

            browser.go("/integrations/" + id + "/edit");
            browser.visible(By.xpath("//h2[normalize-space()='Configure Your SCIM Integration']"));
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".token-box")).isEmpty(),
                    "an existing token is never shown again");
            browser.visible(
                    By.xpath("//*[@data-field='token']//*[normalize-space()='" + first.substring(0, 9) + "…']"));

            browser.click(By.id("scim-rotate"));
            WebElement grace = browser.visible(By.cssSelector("dialog select"));
            assertEquals("3600", grace.getDomProperty("value"), "one hour by default");
            browser.screenshot("08-rotate-with-grace");
            browser.button("Rotate token").click();
            String second = shownToken(browser);
            assertNotEquals(first, second);
            assertEquals(200, scim(first).get("scim/v2/Users").status(), "the previous token works during its grace");
            assertEquals(200, scim(second).get("scim/v2/Users").status());
            browser.visible(By.xpath(
                    "//h3[normalize-space()='Earlier tokens still working']/following-sibling::ul//*[normalize-space()='"
                            + first.substring(0, 9) + "…']"));

            // Switching "Enable service account resolution" off disables provisioning, after a confirmation.
            browser.click(By.cssSelector(".switch"));
            browser.visible(By.xpath("//dialog//h2[normalize-space()='Disable provisioning?']"));
            browser.button("Disable provisioning").click();
            browser.until(driver -> driver.findElements(By.id("scim-panel")).isEmpty());
            assertFalse(browser.driver().getPageSource().contains(second), "the shown token went with the panel");
            browser.visible(By.xpath("//*[contains(@class,'page-title')]//*[normalize-space()='Provisioning off']"));
            assertEquals(401, scim(first).get("scim/v2/Users").status());
            assertEquals(401, scim(second).get("scim/v2/Users").status());
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Security

    @Test
    void consolePagesCarryAStrictContentSecurityPolicyAndRefuseFraming() {
        for (String path : List.of("console/", "console/js/main.js", "console/console.css")) {
            Http.Reply page = app().get(path);
            assertEquals(200, page.status(), path);
            String csp = page.header("Content-Security-Policy");
            assertTrue(
                    csp != null
                            && csp.contains("script-src 'self'")
                            && csp.contains("frame-ancestors 'none'")
                            && !csp.contains("unsafe-inline"),
                    path + ": " + csp);
            assertEquals("DENY", page.header("X-Frame-Options"), path);
            assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", page.header("Referrer-Policy"), path);
        }
        assertTrue(
                app().get("console/js/main.js").header("Content-Type").contains("javascript"),
                "modules need a JavaScript type");
        for (String entry : List.of("", "console")) {
            Http.Reply redirect = app().get(entry);
            assertEquals(302, redirect.status(), "/" + entry + ": " + redirect);
            assertTrue(redirect.header("Location").endsWith("/console/"), redirect.header("Location"));
            assertTrue(redirect.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefusedAndSignOutEndsTheSession() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.signIn("admin", ADMIN_PASSWORD);

            // The browser has the session cookie; a script that lacks the CSRF token cannot change anything.
            String withoutCsrf =
                    (String) browser.asyncScript(fetchScript("POST", "{\"name\":\"Forged\",\"idp\":\"okta\"}"));
            assertTrue(withoutCsrf.startsWith("403 "), withoutCsrf);
            assertTrue(withoutCsrf.contains("urn:roster:problem:csrf"), withoutCsrf);
            String read = (String) browser.asyncScript(fetchScript("GET", null));
            assertTrue(read.startsWith("200 "), "reads need no CSRF token: " + read);

            browser.button("Sign out").click();
            browser.heading("Sign in to the console");
            String afterSignOut = (String) browser.asyncScript(fetchScript("GET", null));
            assertTrue(afterSignOut.startsWith("401 "), afterSignOut);
            browser.go("/integrations");
            browser.heading("Sign in to the console");
        }
    }

    @Test
    void anEndedSessionSendsTheAdminBackToSignInWithTheReason() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.go("/log");
            browser.heading("Provisioning log");
            // The session is signed out elsewhere (another tab, another node): the next request is 401. Ended on
            // the server, not by deleting the browser's cookie: the live log's next answer would set it again.
            signOutElsewhere(browser);
            browser.go("/integrations");
            browser.heading("Sign in to the console");
            browser.visible(By.xpath("//*[contains(normalize-space(),'Your session has ended')]"));
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.heading("Integrations");
        }
    }

    @Test
    void anIdleConsoleWarnsAMinuteAheadThenSignsOutEvenWhileTheLogRefreshes() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            // The page's clock can be moved forward by the test (the console only ever reads Date.now()).
            browser.onEveryPage("(() => { const real = Date.now.bind(Date);"
                    + " Date.now = () => real() + (window.__testClockOffset || 0); })();");
            browser.openConsole();
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.go("/log");
            browser.heading("Provisioning log");

            // 29½ minutes without keyboard or pointer (the live log keeps making requests meanwhile).
            browser.script("window.__testClockOffset = (1800 - 30) * 1000;");
            WebElement warning = browser.visible(By.cssSelector(".session-warning"));
            assertTrue(warning.getText().contains("signed out in"), warning.getText());
            browser.screenshot("09-session-timeout-warning");
            browser.button("Stay signed in").click();
            browser.until(driver ->
                    !driver.findElement(By.cssSelector(".session-warning")).isDisplayed());

            browser.script("window.__testClockOffset += 1801 * 1000;");
            browser.heading("Sign in to the console");
            browser.visible(By.xpath("//*[contains(normalize-space(),'signed out after a period of inactivity')]"));
            String after = (String) browser.asyncScript(fetchScript("GET", null));
            assertTrue(after.startsWith("401 "), "the server session ended too: " + after);
        }
    }

    @Test
    void signInAndNavigationWorkFromTheKeyboardWithFocusOnEachNewPage() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.visible(By.id("username"));
            assertEquals("username", activeId(browser), "the sign-in form starts focused");
            active(browser).sendKeys("admin", Keys.TAB);
            assertEquals("password", activeId(browser));
            active(browser).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
            browser.heading("Integrations");
            browser.until(driver -> "H1".equals(active(browser).getTagName().toUpperCase()) ? true : null);

            // The New integration dialog takes focus and gives it back.
            browser.button("New integration").sendKeys(Keys.ENTER);
            browser.visible(By.cssSelector("dialog[open]"));
            assertEquals("name", active(browser).getAttribute("name"), "focus moves into the dialog");
            active(browser).sendKeys(Keys.ESCAPE);
            browser.until(driver ->
                    driver.findElements(By.cssSelector("dialog[open]")).isEmpty());
            assertEquals("New integration", active(browser).getText().trim(), "focus returns to the opener");

            assertPageIsWellFormed(browser, "integrations");
        }
    }

    @Test
    void adminRegistersARepositoryAndAccountFollowsItsSetupAndSeesWhoAStatementResolvesTo() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String repository = "warehouse-" + suffix;
        String groupName = "Data analysts " + suffix;
        // The directory, provisioned over SCIM (what the IdP does; not what this test is about).
        String integrationName = "Okta resolution " + suffix;
        String integration = createIntegration(integrationName, "okta");
        Http idp = scim(admin().post("api/v1/integrations/" + integration + "/scim", null)
                .json()
                .getString("token"));
        Http.Reply user = idp.post("scim/v2/Users", userBody("nina.patel@example.com", "Nina", "Patel"));
        assertEquals(201, user.status(), user.toString());
        assertEquals(
                201,
                idp.post(
                                "scim/v2/Groups",
                                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]," + "\"displayName\":\""
                                        + groupName + "\",\"members\":[{\"value\":\""
                                        + user.json().getString("id") + "\"}]}")
                        .status());
        String lookerStatement = "-- Looker Query Context '{\"user_id\":4242,\"history_slug\":\"9e8d\"}'\n"
                + "SELECT region, SUM(amount) FROM sales GROUP BY 1";

        try (ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.click(By.id("nav-service-accounts"));
            browser.heading("Service accounts");

            // A repository: the database Looker reaches through a shared account.
            browser.button("New repository").click();
            browser.type(By.cssSelector("dialog input[name=name]"), repository);
            new Select(browser.driver().findElement(By.cssSelector("dialog select[name=type]")))
                    .selectByVisibleText("Snowflake");
            browser.button("Create repository").click();
            browser.heading(repository);
            browser.visible(By.xpath("//h2[normalize-space()='No database accounts yet']"));

            // Looker user ids are mapped through an uploaded user map (a System Activity export).
            browser.button("Upload user map").click();
            browser.type(By.cssSelector("dialog textarea"), "looker_user_id,email\n4242,nina.patel@example.com\n");
            browser.button("Upload").click();
            browser.waitForText(By.id("looker-settings"), "1 entry");
            browser.visible(By.xpath("//*[@id='looker-settings']//td[normalize-space()='nina.patel@example.com']"));

            // Its database account, resolved against the integration's directory.
            browser.button("New database account").click();
            browser.type(By.cssSelector("dialog input[name=name]"), "looker_svc");
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector("dialog input[name=application][value=looker]"))
                            .isSelected(),
                    "Looker is the default tool");
            new Select(browser.driver().findElement(By.cssSelector("dialog select[name=integrationId]")))
                    .selectByValue(integration);
            new Select(browser.driver().findElement(By.cssSelector("dialog select[name=identityKey]")))
                    .selectByValue("email");
            browser.click(By.xpath(
                    "//dialog//label[contains(@class,'switch')][.//strong[normalize-space()='Require attribution']]"));
            assertPageIsWellFormed(browser, "new database account dialog");
            browser.screenshot("17-service-accounts-new-database-account");
            browser.button("Add account").click();

            // The account opens on its setup instructions, in Looker's words and with this repository's state.
            browser.heading("looker_svc");
            browser.visible(By.xpath("//h2[normalize-space()='Set up Looker']"));
            browser.waitForText(By.id("tool-instructions"), "-- Looker Query Context '{\"user_id\":123");
            browser.waitForText(By.id("tool-instructions"), "Uploaded user map with 1 entry");
            browser.waitForText(By.id("tool-instructions"), "Disable Context Comment");
            assertTrue(
                    browser.driver()
                            .findElement(By.id("tool-instructions"))
                            .getText()
                            .contains("\"dbAccount\":\"looker_svc\""),
                    "the data layer's request names this account");
            assertPageIsWellFormed(browser, "setup instructions");
            browser.fullPageScreenshot("18-service-account-setup-looker");

            // Who is behind a Looker statement: the SCIM user and their group.
            browser.click(
                    By.xpath("//nav[@aria-label='looker_svc views']//a[normalize-space()='Resolve a statement']"));
            WebElement statement = browser.visible(By.cssSelector("textarea[name=statement]"));
            statement.sendKeys(lookerStatement);
            browser.button("Resolve").click();
            WebElement attributed = browser.visible(By.cssSelector("#resolve-result [data-outcome=attributed]"));
            assertTrue(attributed.getText().contains("Attributed to Nina Patel"), attributed.getText());
            assertTrue(attributed.getText().contains("nina.patel@example.com"), attributed.getText());
            assertTrue(attributed.getText().contains(groupName), attributed.getText());
            assertTrue(attributed.getText().contains("Looker Query Context comment"), attributed.getText());
            assertTrue(attributed.getText().contains("Looker user id 4242"), attributed.getText());
            assertEquals(
                    "polite",
                    browser.driver().findElement(By.id("resolve-result")).getAttribute("aria-live"));
            assertPageIsWellFormed(browser, "resolve attributed");
            browser.screenshot("19-service-account-resolve-attributed");

            // A statement without the comment: nobody, and why.
            statement.clear();
            statement.sendKeys("SELECT region, SUM(amount) FROM sales GROUP BY 1");
            browser.button("Resolve").click();
            WebElement unattributed = browser.visible(By.cssSelector("#resolve-result [data-outcome=no-carrier]"));
            assertTrue(
                    unattributed.getText().contains("Not attributed: No identity in the statement"),
                    unattributed.getText());
            assertFalse(unattributed.getText().contains("nina.patel@example.com"), unattributed.getText());
            browser.screenshot("20-service-account-resolve-unattributed");

            // The section's resolver: pick the repository and account, a Looker user id nobody mapped.
            browser.click(By.id("nav-service-accounts"));
            browser.heading("Service accounts");
            browser.click(
                    By.xpath("//nav[@aria-label='Service accounts']//a[normalize-space()='Resolve a statement']"));
            WebElement pickRepository =
                    browser.visible(By.xpath("//label[normalize-space()='Repository']/following-sibling::select"));
            browser.until(driver -> pickRepository.isEnabled());
            new Select(pickRepository).selectByVisibleText(repository);
            browser.until(driver -> driver.findElement(
                            By.xpath("//label[normalize-space()='Database account']/following-sibling::select"))
                    .getText()
                    .contains("looker_svc (Looker)"));
            browser.type(
                    By.cssSelector("textarea[name=statement]"),
                    "-- Looker Query Context '{\"user_id\":999}'\nSELECT 1");
            browser.button("Resolve").click();
            WebElement unknown = browser.visible(By.cssSelector("#resolve-result [data-outcome=unknown-looker-user]"));
            assertTrue(unknown.getText().contains("Not attributed: Unknown Looker user"), unknown.getText());
            assertPageIsWellFormed(browser, "section resolver");

            // An API key for the data layer, shown once; it resolves the same statement through /resolve.
            browser.click(By.xpath("//nav[@aria-label='Service accounts']//a[normalize-space()='API keys']"));
            browser.button("New API key").click();
            browser.type(By.cssSelector("dialog input[name=name]"), "data proxy " + suffix);
            assertTrue(
                    browser.driver()
                            .findElement(
                                    By.xpath(
                                            "//dialog//input[@type='radio'][following-sibling::label[.//*[normalize-space()='All integrations']]]"))
                            .isSelected(),
                    "a new key reads all integrations unless others are chosen");
            browser.screenshot("20b-service-accounts-new-api-key");
            browser.button("Create API key").click();
            String key = browser.until(driver -> {
                String value =
                        driver.findElement(By.cssSelector(".token-box input")).getDomProperty("value");
                return value != null && value.matches("rsrk_[A-Za-z0-9_-]{43}") ? value : null;
            });
            browser.visible(By.xpath(
                    "//*[contains(@class,'token-box')]//*[contains(normalize-space(),'it will not be shown again')]"));
            assertTokenNotStored(browser, key);
            browser.screenshot("21-service-accounts-api-key-shown-once");
            Http dataLayer =
                    app().withHeaders(Map.of("Authorization", "Bearer " + key, "Content-Type", "application/json"));
            String question =
                    "{\"repository\":\"" + repository + "\",\"dbAccount\":\"looker_svc\",\"statements\":[\"%s\"]}";
            Http.Reply resolved = dataLayer.post(
                    "api/v1/resolve",
                    String.format(
                            question, lookerStatement.replace("\"", "\\\"").replace("\n", "\\n")));
            assertEquals(200, resolved.status(), resolved.toString());
            assertEquals(
                    "nina.patel@example.com",
                    resolved.json().getJsonObject("endUser").getString("userName"));
            assertEquals(
                    200,
                    dataLayer
                            .post("api/v1/resolve", String.format(question, "SELECT 1"))
                            .status());
            browser.button("I have copied it, hide the key").click();
            browser.until(
                    driver -> driver.findElements(By.cssSelector(".token-box")).isEmpty());
            assertFalse(browser.driver().getPageSource().contains(key), "the key is gone from the DOM");
            WebElement keyRow = browser.visible(
                    By.xpath("//tr[@data-api-key][.//*[normalize-space()='data proxy " + suffix + "']]"));
            assertTrue(
                    keyRow.getText().contains("All integrations"),
                    "a key created without a choice reads every integration: " + keyRow.getText());

            // The unattributed statement through an account that requires attribution is an alert (raised when
            // the node flushes its tallies, every second in the tests).
            browser.until(driver ->
                    admin().get("api/v1/attribution/alerts").body().contains("\"repository\":\"" + repository + "\""));
            browser.click(By.xpath("//nav[@aria-label='Service accounts']//a[normalize-space()='Repositories']"));
            browser.heading("Service accounts");
            WebElement alert = browser.visible(By.xpath(
                    "//*[@id='attribution-alerts']//tr[.//a[normalize-space()='looker_svc on " + repository + "']]"));
            assertTrue(alert.getText().contains("No identity in the statement"), alert.getText());
            WebElement row =
                    browser.visible(By.xpath("//tr[@data-repository][.//a[normalize-space()='" + repository + "']]"));
            assertTrue(row.getText().contains(integrationName), row.getText());
            assertTrue(row.getText().contains("User map (1)"), row.getText());
            assertTrue(row.getText().contains("1 attributed"), row.getText());
            assertPageIsWellFormed(browser, "repositories");
            browser.screenshot("16-service-accounts-repositories");

            // The account's attribution: the figures, the reason and the alert.
            alert.findElement(By.tagName("a")).click();
            browser.heading("looker_svc");
            WebElement reasons =
                    browser.visible(By.xpath("//section[.//h2[normalize-space()='Why statements were unattributed']]"));
            browser.until(driver -> reasons.getText().contains("No identity in the statement"));
            assertEquals("1", statValue(browser, "Attributed"));
            assertEquals("1", statValue(browser, "Unattributed"));
            browser.visible(By.id("attribution-alerts"));
            assertPageIsWellFormed(browser, "attribution");
            browser.fullPageScreenshot("22-service-account-attribution");

            // Revoked, the key opens nothing.
            browser.go("/service-accounts/api-keys");
            browser.click(By.xpath("//button[@aria-label='Revoke data proxy " + suffix + "']"));
            browser.button("Revoke key").click();
            browser.visible(By.xpath(
                    "//tr[.//*[normalize-space()='data proxy " + suffix + "']]//*[normalize-space()='Revoked']"));
            assertEquals(
                    401,
                    dataLayer
                            .post("api/v1/resolve", String.format(question, "SELECT 1"))
                            .status());

            // A narrow window: the account's resolver and the repository stack and do not scroll sideways.
            browser.resize(NARROW, NARROW_TALL);
            browser.go("/service-accounts");
            browser.click(By.xpath("//a[normalize-space()='" + repository + "']"));
            browser.heading(repository);
            browser.visible(By.cssSelector("tr[data-account]"));
            assertFitsTheWindow(browser);
            browser.fullPageScreenshot("23-narrow-service-accounts-repository");
            browser.click(By.xpath("//tr[@data-account]//a[normalize-space()='looker_svc']"));
            browser.heading("looker_svc");
            browser.click(
                    By.xpath("//nav[@aria-label='looker_svc views']//a[normalize-space()='Resolve a statement']"));
            browser.type(By.cssSelector("textarea[name=statement]"), lookerStatement);
            browser.button("Resolve").click();
            browser.visible(By.cssSelector("#resolve-result [data-outcome=attributed]"));
            assertFitsTheWindow(browser);
            browser.screenshot("24-narrow-service-account-resolve");
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Push events

    @Test
    void adminCreatesAStreamSeesItDeliverAndSeesAPausedStreamsReasonAndAFailingOnesError() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String integrationName = "Okta events " + suffix;
        String integration = createIntegration(integrationName, "okta");
        Http idp = scim(admin().post("api/v1/integrations/" + integration + "/scim", null)
                .json()
                .getString("token"));
        String proxy = "Data proxy " + suffix;
        String broken = "Broken receiver " + suffix;
        try (ReceiverStub receiver = ReceiverStub.accepting();
                ReceiverStub down = ReceiverStub.unavailable();
                ConsoleBrowser browser = ConsoleBrowser.open(base, WIDE, TALL)) {
            browser.openConsole();
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.click(By.xpath("//aside[@id='sidebar']//a[normalize-space()='Streams']"));
            browser.heading("Streams");
            assertTrue(
                    browser.visible(By.cssSelector("[data-field=ssfConfiguration] input"))
                            .getDomProperty("value")
                            .endsWith("/.well-known/ssf-configuration"),
                    "receivers are given the transmitter's configuration URL");

            // A push stream for this integration's changes, with the access-loss events ticked by default.
            browser.button("New stream").click();
            browser.type(By.cssSelector("dialog input[name=description]"), proxy);
            assertTrue(
                    browser.driver()
                            .findElement(By.xpath(
                                    "//dialog//label[strong[normalize-space()='Push']]/preceding-sibling::input"))
                            .isSelected(),
                    "push is the default delivery");
            browser.type(By.cssSelector("dialog input[name=endpoint_url]"), receiver.url());
            browser.type(By.cssSelector("dialog input[name=authorization_header]"), "Bearer stub-" + suffix);
            List<String> ticked =
                    browser.driver().findElements(By.cssSelector("dialog input[type=checkbox]:checked")).stream()
                            .map(box -> box.getDomProperty("value"))
                            .toList();
            assertTrue(
                    ticked.contains("urn:ietf:params:scim:event:prov:deactivate")
                            && ticked.contains("urn:ietf:params:scim:event:prov:delete")
                            && ticked.contains("https://schemas.openid.net/secevent/caep/event-type/session-revoked")
                            && ticked.contains("https://schemas.openid.net/secevent/risc/event-type/account-disabled"),
                    "the events a data layer needs at once are ticked: " + ticked);
            browser.click(By.xpath("//dialog//label[strong[normalize-space()='Only these']]"));
            browser.click(By.xpath("//dialog//ul[contains(@class,'check-list')]//label[starts-with(normalize-space(),"
                    + ConsoleBrowser.xpathLiteral(integrationName) + ")]"));
            assertPageIsWellFormed(browser, "new stream dialog");
            browser.screenshot("25-new-stream");
            browser.button("Create stream").click();
            WebElement row = streamRow(browser, proxy);
            assertEquals("enabled", row.getAttribute("data-status"));
            assertTrue(row.getText().contains("Enabled") && row.getText().contains(integrationName), row.getText());

            // The IdP deactivates a user; the receiver gets the SETs and the console shows the delivery.
            Http.Reply user =
                    idp.post("scim/v2/Users", userBody("omar.events." + suffix + "@example.com", "Omar", "Events"));
            assertEquals(201, user.status(), user.toString());
            String userId = user.json().getString("id");
            Http.Reply deactivated = idp.patch(
                    "scim/v2/Users/" + userId,
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
            assertEquals(200, deactivated.status(), deactivated.toString());
            browser.until(driver -> receiver.received(userId) || receiver.received("omar.events." + suffix));
            assertEquals(
                    "Bearer stub-" + suffix,
                    receiver.pushes().get(0).authorization(),
                    "the Authorization header given in the console goes with every push");
            browser.until(driver -> {
                WebElement current = streamRow(browser, proxy);
                return "0"
                                .equals(current.findElement(By.cssSelector("[data-lag]"))
                                        .getAttribute("data-lag"))
                        && !current.findElement(By.cssSelector(".stream-delivered"))
                                .getText()
                                .contains("Never");
            });
            assertEquals(
                    "None",
                    streamRow(browser, proxy)
                            .findElement(By.cssSelector(".stream-error"))
                            .getText());

            // A stream whose receiver is down: a verification event fails, and the error shows with its time.
            browser.button("New stream").click();
            browser.type(By.cssSelector("dialog input[name=description]"), broken);
            browser.type(By.cssSelector("dialog input[name=endpoint_url]"), down.url());
            browser.button("Create stream").click();
            String brokenId = streamRow(browser, broken).getAttribute("data-stream");
            browser.click(By.cssSelector("button[aria-label='Send a verification event to " + broken + "']"));
            browser.until(driver -> !down.pushes().isEmpty());
            browser.until(driver -> streamRow(browser, broken)
                    .findElement(By.cssSelector(".stream-error"))
                    .getText()
                    .contains("503"));
            assertTrue(
                    streamRow(browser, broken)
                            .findElement(By.cssSelector(".stream-error time"))
                            .isDisplayed(),
                    "the last error carries its time");
            browser.waitForText(By.cssSelector("#stream-alerts [data-stream-alert='" + brokenId + "']"), "503");

            // Paused by the admin with a reason: the badge and the reason, in the row and on top with the error.
            browser.click(By.cssSelector("button[aria-label='Pause " + broken + "']"));
            browser.type(By.cssSelector("dialog input[name=reason]"), "Receiver maintenance " + suffix);
            browser.button("Pause stream").click();
            browser.until(driver -> "paused".equals(streamRow(browser, broken).getAttribute("data-status")));
            WebElement paused = streamRow(browser, broken);
            assertEquals(
                    "Paused",
                    paused.findElement(By.cssSelector(".stream-status .pill")).getText());
            assertEquals(
                    "Receiver maintenance " + suffix,
                    paused.findElement(By.cssSelector(".stream-reason")).getText());
            WebElement alert = browser.visible(By.cssSelector("#stream-alerts [data-stream-alert='" + brokenId + "']"));
            assertTrue(
                    alert.getText().contains("Paused")
                            && alert.getText().contains("Receiver maintenance " + suffix)
                            && alert.getText().contains("503"),
                    alert.getText());
            assertPageIsWellFormed(browser, "streams");
            browser.fullPageScreenshot("26-streams-delivered-and-paused");

            // Resumed, then deleted after a confirmation.
            browser.click(
                    By.cssSelector("tr[data-stream='" + brokenId + "'] button[aria-label='Resume " + broken + "']"));
            browser.until(driver -> "enabled".equals(streamRow(browser, broken).getAttribute("data-status")));
            browser.click(By.cssSelector("button[aria-label='Delete " + broken + "']"));
            browser.button("Delete stream").click();
            browser.until(driver -> driver.findElements(By.cssSelector("tr[data-stream='" + brokenId + "']"))
                    .isEmpty());

            // A receiver that manages its own streams: its token is shown once, and revoking it ends it.
            String receiverName = "SIEM " + suffix;
            browser.button("New receiver").click();
            browser.type(By.cssSelector("dialog input[name=name]"), receiverName);
            browser.button("Create receiver").click();
            String token = browser.until(driver -> {
                List<WebElement> fields = driver.findElements(By.cssSelector(".token-box input"));
                String value = fields.isEmpty() ? null : fields.get(0).getDomProperty("value");
                return value == null || value.isEmpty() ? null : value;
            });
            assertTokenNotStored(browser, token);
            Http ssf = app().withHeaders(Map.of("Authorization", "Bearer " + token));
            assertEquals(200, ssf.get("api/v1/ssf/streams").status(), "the receiver's token opens the SSF API");
            browser.button("I have copied it, hide the token").click();
            browser.until(
                    driver -> driver.findElements(By.cssSelector(".token-box")).isEmpty());
            assertFalse(browser.driver().getPageSource().contains(token), "the token is gone from the DOM");
            browser.click(By.cssSelector("button[aria-label='Revoke " + receiverName + "']"));
            browser.button("Revoke receiver").click();
            browser.until(driver -> driver.findElements(By.xpath("//tr[@data-receiver][.//*[normalize-space()="
                            + ConsoleBrowser.xpathLiteral(receiverName) + "]]"))
                    .isEmpty());
            assertEquals(401, ssf.get("api/v1/ssf/streams").status(), "a revoked receiver's token opens nothing");

            // A narrow window: the streams stack into cards and nothing scrolls sideways.
            browser.resize(NARROW, NARROW_TALL);
            streamRow(browser, proxy);
            assertFitsTheWindow(browser);
            browser.screenshot("27-narrow-streams");
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Narrow windows

    @Test
    void narrowWindowHasADrawerAndStackedListsAndKeepsThePanelUsable() {
        String id = createIntegrationWithUser(
                "Entra narrow " + UUID.randomUUID().toString().substring(0, 4), "entra");
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, NARROW, NARROW_TALL)) {
            browser.openConsole();
            browser.heading("Sign in to the console");
            browser.screenshot("10-narrow-sign-in");
            browser.signIn("admin", ADMIN_PASSWORD);
            assertFalse(browser.driver().findElement(By.id("sidebar")).isDisplayed(), "the sidebar is a closed drawer");
            browser.screenshot("11-narrow-integrations");

            browser.click(By.cssSelector("button[aria-controls=sidebar]"));
            browser.visible(By.id("sidebar"));
            browser.until(driver ->
                    ((Number) browser.script("return document.getElementById('sidebar').getBoundingClientRect().left;"))
                                    .intValue()
                            == 0);
            assertEquals(
                    "true",
                    browser.driver()
                            .findElement(By.cssSelector("button[aria-controls=sidebar]"))
                            .getAttribute("aria-expanded"));
            browser.screenshot("12-narrow-navigation-open");
            browser.click(By.xpath("//aside[@id='sidebar']//a[normalize-space()='Provisioning log']"));
            browser.heading("Provisioning log");
            browser.until(driver -> !driver.findElement(By.id("sidebar")).isDisplayed());
            browser.visible(By.cssSelector("li.log-entry"));
            browser.screenshot("13-narrow-provisioning-log");

            browser.go("/integrations/" + id + "/edit");
            browser.visible(By.xpath("//h2[normalize-space()='Configure Your SCIM Integration']"));
            browser.visible(
                    By.xpath("//*[@id='scim-panel']//*[contains(@class,'label')][normalize-space()='Tenant URL']"));
            browser.visible(By.xpath("//button[@role='tab'][normalize-space()='Entra ID'][@aria-selected='true']"));
            browser.fullPageScreenshot("14-narrow-scim-panel-entra");
            browser.script("document.getElementById('scim-panel').scrollIntoView();");
            browser.screenshot("14b-narrow-scim-panel-viewport");

            browser.go("/directory/" + id + "/users");
            browser.visible(By.cssSelector("tr[data-user-id]"));
            assertPageIsWellFormed(browser, "narrow users");
            browser.screenshot("15-narrow-directory-users");
            assertFitsTheWindow(browser);
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Helpers

    /** Ends the browser's console session from a second client that presents the same cookie. */
    private void signOutElsewhere(ConsoleBrowser browser) {
        Cookie cookie = browser.driver().manage().getCookies().stream()
                .filter(candidate -> candidate.getName().endsWith("roster-session"))
                .findFirst()
                .orElseThrow();
        Http elsewhere = app().withHeaders(Map.of("Cookie", cookie.getName() + "=" + cookie.getValue()));
        Http.Reply session = elsewhere.get("api/v1/session");
        assertEquals(200, session.status(), session.toString());
        Http.Reply signedOut = elsewhere.send(
                "DELETE",
                "api/v1/session",
                null,
                Map.of("X-CSRF-Token", session.json().getString("csrfToken")));
        assertEquals(204, signedOut.status(), signedOut.toString());
    }

    private Http scim(String token) {
        return app().withHeaders(Map.of("Authorization", "Bearer " + token));
    }

    private String createIntegration(String name, String idp) {
        return AdminSetup.createIntegration(admin(), name, idp);
    }

    /** An integration set up through the API (not what the test is about), with one provisioned user. */
    private String createIntegrationWithUser(String name, String idp) {
        String id = createIntegration(name, idp);
        String token = AdminSetup.saveScim(admin(), id);
        assertEquals(
                201,
                scim(token)
                        .post("scim/v2/Users", userBody("adele.vance@example.com", "Adele", "Vance"))
                        .status());
        return id;
    }

    private static String userBody(String userName, String given, String family) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
                + "\"userName\":\"" + userName + "\",\"name\":{\"givenName\":\"" + given + "\",\"familyName\":\""
                + family + "\"},"
                + "\"displayName\":\"" + given + " " + family + "\",\"active\":true,"
                + "\"emails\":[{\"value\":\"" + userName + "\",\"type\":\"work\",\"primary\":true}],"
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Finance\"}}";
    }

    private static String shownToken(ConsoleBrowser browser) {
        return browser.until(driver -> shownTokenNow(browser));
    }

    private static String shownTokenNow(ConsoleBrowser browser) {
        List<WebElement> fields = browser.driver().findElements(By.cssSelector(".token-box input"));
        if (fields.isEmpty()) {
            return null;
        }
        String value = fields.get(0).getDomProperty("value");
        return value != null && value.matches("rsct_[A-Za-z0-9_-]{43}") ? value : null;
    }

    private static void assertTokenNotStored(ConsoleBrowser browser, String token) {
        String stored = (String) browser.script("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) "
                + "+ location.href + document.cookie + history.length;");
        assertFalse(stored.contains(token), "the token is in no storage, URL or readable cookie");
        assertNotEquals("", token);
    }

    /**
     * Checks the page as rendered: every control has an accessible name, images of text are not used for
     * meaning, and no value leaked through as "null", "undefined" or "false" text.
     */
    @SuppressWarnings("unchecked")
    private static void assertPageIsWellFormed(ConsoleBrowser browser, String screen) {
        List<String> unnamed = (List<String>) browser.script(
                "return [...document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, [role=switch], [role=tab]')]"
                        + ".filter(e => e.offsetParent !== null || e.getClientRects().length)"
                        + ".filter(e => !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.labels?.length"
                        + " || e.textContent.trim() || e.getAttribute('title')))"
                        + ".map(e => e.outerHTML.slice(0, 120));");
        assertTrue(unnamed.isEmpty(), screen + ": controls without an accessible name: " + unnamed);
        List<String> stray = (List<String>) browser.script(
                "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const found = [];"
                        + "while (walker.nextNode()) { const t = walker.currentNode.textContent.trim();"
                        + " if (t === 'null' || t === 'undefined' || t === 'false' || t === 'NaN' || t === '[object Object]') found.push(t); }"
                        + "return found;");
        assertTrue(stray.isEmpty(), screen + ": stray text " + stray);
        assertEquals(
                1L, browser.script("return document.querySelectorAll('h1').length;"), screen + ": one h1 per page");
    }

    /** Nothing scrolls sideways. */
    private static void assertFitsTheWindow(ConsoleBrowser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> overflow = (Map<String, Object>)
                browser.script("return {page: document.documentElement.scrollWidth, viewport: window.innerWidth};");
        assertTrue(
                ((Number) overflow.get("page")).intValue() <= ((Number) overflow.get("viewport")).intValue(),
                "nothing scrolls sideways: " + overflow);
    }

    /** The figure of the stat card labelled {@code label}. */
    private static String statValue(ConsoleBrowser browser, String label) {
        return browser.visible(
                        By.xpath("//div[contains(@class,'stat')][div[contains(@class,'stat-label')][normalize-space()="
                                + ConsoleBrowser.xpathLiteral(label) + "]]/div[contains(@class,'stat-value')]"))
                .getText()
                .trim();
    }

    /** The streams table's row of the stream described as {@code description}, as it is now. */
    private static WebElement streamRow(ConsoleBrowser browser, String description) {
        return browser.visible(By.xpath("//tr[@data-stream][.//*[contains(@class,'cell-primary')][normalize-space()="
                + ConsoleBrowser.xpathLiteral(description) + "]]"));
    }

    private static String currentRoute(ConsoleBrowser browser) {
        String url = browser.driver().getCurrentUrl();
        String hash = url.substring(url.indexOf('#') + 1);
        return hash.contains("?") ? hash.substring(0, hash.indexOf('?')) : hash;
    }

    private static WebElement active(ConsoleBrowser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static String activeId(ConsoleBrowser browser) {
        return active(browser).getAttribute("id");
    }

    /** A fetch from the console's page, as a script on it could make: "status body". */
    private static String fetchScript(String method, String body) {
        return "const done = arguments[arguments.length - 1];"
                + "fetch('../api/v1/integrations', {method: '" + method + "', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}"
                + (body == null ? "" : ", body: '" + body.replace("'", "\\'") + "'") + "})"
                + ".then(r => r.text().then(t => done(r.status + ' ' + t)), e => done('error ' + e));";
    }
}
