package dev.roster.it.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with its own throw-away profile, pointed at the console, with the few helpers the
 * tests need (waiting, signing in, screenshots of the viewport or the whole page).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private Dimension viewport;
    final URI root;

    private ConsoleBrowser(ChromeDriver driver, Path profile, URI root) {
        this.driver = driver;
        this.profile = profile;
        this.root = root;
        // Pages re-render with fresh data (live log, status refresh): a stale element means "look again".
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Opens a browser on the deployment's console. The deployment URL names the machine's host name, but the
     * session cookie is Secure (the test server's public URL is https), and Chromium keeps Secure cookies
     * from plain http only on loopback, which it treats as a secure context. So the browser uses 127.0.0.1,
     * exactly as an admin on the server itself would; production keeps Secure cookies.
     */
    static ConsoleBrowser open(URL deployment, int width, int height) {
        BrowserRequirement.check();
        URI base = URI.create(deployment.toString());
        URI root = URI.create("http://127.0.0.1:" + base.getPort() + base.getPath());
        try {
            Path profile = Files.createTempDirectory("roster-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BrowserRequirement.CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-extensions",
                    "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height,
                    "--lang=en-US",
                    "--hide-scrollbars");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(BrowserRequirement.CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // Lets the test read back what a copy button put on the clipboard.
            driver.executeCdpCommand(
                    "Browser.grantPermissions",
                    Map.of(
                            "origin",
                            "http://127.0.0.1:" + base.getPort(),
                            "permissions",
                            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            ConsoleBrowser browser = new ConsoleBrowser(driver, profile, root);
            browser.resize(width, height);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Runs {@code javascript} in every page this browser opens from now on, before the page's own scripts. */
    void onEveryPage(String javascript) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", javascript));
    }

    /** Opens a console route, e.g. {@code "/integrations"}. */
    void go(String route) {
        driver.get(root.resolve("console/") + "#" + route);
    }

    void openConsole() {
        driver.get(root.resolve("console/").toString());
    }

    void signIn(String username, String password) {
        WebElement user = visible(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id("password"));
        secret.sendKeys(password, Keys.ENTER);
        heading("Integrations");
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    void click(By locator) {
        clickable(locator).click();
    }

    /**
     * Types into the field {@code locator} names, finding it again if the page re-rendered it in between (a
     * list page draws its search box again when its first answer arrives; typing into the old one fails).
     */
    void type(By locator, CharSequence... keys) {
        wait.until(driver -> {
            WebElement field = driver.findElement(locator);
            if (!field.isDisplayed()) {
                return false;
            }
            field.sendKeys(keys);
            return true;
        });
    }

    /** Waits for the page's h1 to read {@code text}. */
    WebElement heading(String text) {
        return visible(By.xpath("//h1[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    WebElement button(String text) {
        return clickable(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /** Sizes the viewport (what the page sees as the window), not the outer window with its frame. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Map<?, ?> inner = (Map<?, ?>) script("return {w: window.innerWidth, h: window.innerHeight};");
        int extraWidth = width - ((Number) inner.get("w")).intValue();
        int extraHeight = height - ((Number) inner.get("h")).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        }
        viewport = new Dimension(width, height);
    }

    /** What the admin sees in the window, once passing notifications have gone. */
    Path screenshot(String name) {
        settle();
        return write(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(8))
                .until(d -> d.findElements(By.cssSelector(".toast")).isEmpty());
    }

    /**
     * The whole page, for long screens such as the SCIM panel with its guide: the viewport is made as tall as
     * the page for the shot (so the sticky sidebar looks as it does), then restored.
     */
    Path fullPageScreenshot(String name) {
        settle();
        Dimension before = viewport;
        int height = ((Number) script("return document.documentElement.scrollHeight;")).intValue();
        resize(before.getWidth(), Math.min(Math.max(height, before.getHeight()), 12000));
        try {
            return write(name, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            resize(before.getWidth(), before.getHeight());
        }
    }

    private static Path write(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
