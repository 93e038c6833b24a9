package nl.vptscan.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Headless Chromium driven by the system's chromedriver; nothing is downloaded. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    private final URL base;

    Browser(URL base) throws IOException {
        System.setProperty("SE_AVOID_STATS", "true");
        this.base = base;
        Path profile = Files.createTempDirectory("vptscan-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=nl-NL", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void login(String username, String password) {
        open("/inloggen");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        submit(find("form.form button[type=submit]"));
    }

    void logout() {
        submit(find(".site-header form button"));
    }

    /** Clicks a button or link and waits until the next page has replaced this one. */
    void submit(WebElement element) {
        WebElement page = find("html");
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the page this element belonged to has been replaced. While the next page loads, Chromium may answer
     * that the node no longer belongs to the document instead of calling it stale: both mean it is gone.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Follows a link the page shows as the browser's download would (with its cookies) and answers the status and
     * content type, e.g. "200 application/pdf".
     */
    String download(String href) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type'))).catch(e => done(String(e)));", href));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves the whole page (not only the window) as target/screenshots/{name}.png. */
    void screenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(6000, Math.max(900, height + 120))));
        Files.createDirectories(SCREENSHOTS);
        script("window.scrollTo(0, 0)");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(window);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
