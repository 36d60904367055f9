package dev.roster.it.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The browser tests drive Debian's {@code chromium} through its {@code chromedriver}; nothing is downloaded.
 * In CI ({@code ROSTER_REQUIRE_BROWSER=true}, set by {@code .ci/run}) a missing browser is a failure;
 * elsewhere the tests are skipped with the reason.
 */
final class BrowserRequirement {

    static final Path CHROMIUM = Path.of(System.getProperty("roster.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("roster.it.chromedriver", "/usr/bin/chromedriver"));

    private BrowserRequirement() {}

    static void check() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "The console's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("ROSTER_REQUIRE_BROWSER"))) {
            fail(message + "; ROSTER_REQUIRE_BROWSER=true makes this a failure");
        }
        Assumptions.abort(message + ": skipped (set ROSTER_REQUIRE_BROWSER=true to fail instead)");
    }
}
