package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Mijn gegevens": an employer reaches it from the header, types a wrong address (refused, said at the field, nothing
 * stored), then a right one with reminders off and English; the administrator sees the address and the choice. The
 * form is refused without its form token. Every page passes axe and fits a 390 px phone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileBrowserIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    Browser browser;
    String employer;

    @BeforeAll
    void employer() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        employer = fixture.user("profiel", "EMPLOYER", Map.of("organisationId", fixture.organisation("Gemeente Profiel", null)));
        browser = new Browser(server.getURL());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void employerSetsItsAddressAndSwitchesRemindersOff() throws Exception {
        browser.login(employer, PageFixture.PASSWORD);
        browser.submit(browser.find(".site-header a[href='/account/gegevens']"));
        assertEquals("Mijn gegevens", browser.find("h1").getText());
        assertTrue(browser.find("#reminders").isSelected(), "reminders are on by default");
        PageChecks.check(browser, "profiel-01");

        browser.find("#email").sendKeys("geen adres");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals("email-error email-help", browser.find("#email").getAttribute("aria-describedby"));
        assertTrue(browser.find("#email-error").getText().startsWith("Vul een geldig e-mailadres in"));
        assertEquals("geen adres", browser.find("#email").getAttribute("value"), "what was typed is kept");
        PageChecks.check(browser, "profiel-02-fout");
        assertEquals(null, own().get("email"), "nothing was stored");

        browser.find("#email").clear();
        browser.find("#email").sendKeys("profiel@example.org");
        browser.find("#reminders").click();
        new Select(browser.find("#language")).selectByValue("en");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertTrue(browser.find(".alert--ok").getText().contains("opgeslagen"));
        assertFalse(browser.find("#reminders").isSelected());
        Map<String, Object> own = own();
        assertEquals("profiel@example.org", own.get("email"));
        assertEquals(false, own.get("reminders"));
        assertEquals("en", own.get("language"));

        List<Map<String, Object>> users = client.toBlocking().retrieve(HttpRequest.GET("/api/users"),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        long id = users.stream().filter(u -> employer.equals(u.get("username"))).map(PageFixture::id).findFirst().orElseThrow();
        PageClient admin = new PageClient(server.getURI(), AdminLoginFilter.login(server.getURI(), "test-admin",
                "lange-beheerder-wachtzin-2026"));
        String page = admin.get("/gebruikers/" + id).body();
        assertTrue(page.contains("profiel@example.org") && page.contains("uit (door de gebruiker uitgezet)"), page);
    }

    @Test
    void theFormNeedsItsTokenAndNamesAWrongAddressInThePagesLanguage() throws Exception {
        PageClient page = new PageClient(server.getURI(), fixture.token(employer));
        assertEquals(403, page.postForm("/account/gegevens", "email=a%40example.org&reminders=true&language=nl").statusCode());
        String csrf = page.csrf();
        var refused = page.postForm("/account/gegevens?lang=en", "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&email=twee%40%40example.org&reminders=true&language=xx");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Enter a valid e-mail address"), refused.body());
        assertTrue(refused.body().contains("Choose Dutch or English."), refused.body());
    }

    private Map<String, Object> own() throws Exception {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/users/me/settings").bearerAuth(fixture.token(employer)),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }
}
