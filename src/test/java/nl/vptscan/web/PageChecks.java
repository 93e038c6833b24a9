package nl.vptscan.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every page a browser test opens must pass: axe-core (vendored under src/test/resources/axe) finds no
 * WCAG 2.1 A or AA violation, and at 390 px wide the document is no wider than the viewport and the charts' texts
 * are still readable.
 */
final class PageChecks {

    static final int PHONE_WIDTH = 390;
    /** The height in pixels below which a chart's text, scaled down to fit the phone, is too small to read. */
    static final int SMALLEST_CHART_TEXT = 10;
    private static final String AXE = load();

    private PageChecks() {
    }

    /** Runs both checks on the page the browser shows, and saves a screenshot of it under target/screenshots. */
    static void check(Browser browser, String screenshot) throws IOException {
        accessible(browser);
        fitsAPhone(browser, screenshot + "-390");
        browser.screenshot(screenshot);
    }

    @SuppressWarnings("unchecked")
    static void accessible(Browser browser) {
        browser.script(AXE);
        Object result = ((ChromeDriver) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = (List<String>) result;
        if (!violations.isEmpty()) {
            fail("WCAG 2.1 A/AA violations on " + browser.path() + ":\n" + String.join("\n", violations));
        }
    }

    /** Emulates a 390 px wide phone, checks that nothing makes the page scroll sideways and saves what it shows. */
    static void fitsAPhone(Browser browser, String screenshot) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", 844,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            long scroll = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
            Object wide = browser.script("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".filter(e => !e.closest('.table-scroll, .visually-hidden, .skip-link'))"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')");
            // a chart drawn wider than the phone is scaled down with its texts: they must stay readable
            Object small = browser.script("return Array.from(document.querySelectorAll('svg text'))"
                    + ".map(t => [t.textContent, t.getBoundingClientRect().height])"
                    + ".filter(t => t[1] > 0 && t[1] < " + SMALLEST_CHART_TEXT + ")"
                    + ".slice(0, 5).map(t => t[0] + ' (' + Math.round(t[1]) + ' px)').join(', ')");
            assertTrue(viewport <= PHONE_WIDTH, "the emulated phone is " + viewport + " px wide");
            assertTrue(scroll <= viewport, browser.path() + " is " + scroll + " px wide at " + viewport + " px: " + wide);
            assertEquals("", small, "chart texts too small to read at " + viewport + " px on " + browser.path());
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), Browser.SCREENSHOTS.resolve(screenshot + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String load() {
        try (InputStream in = PageChecks.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
