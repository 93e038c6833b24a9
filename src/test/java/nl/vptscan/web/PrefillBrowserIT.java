package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answer once for both instruments in headless Chromium: the 8 measures submitted, the 11 points started with the
 * offer to take answers over, the marks on the topic pages, the refused submit naming the unconfirmed answers, the
 * confirmations and the submit, and both result pages comparing with the other instrument. Every page passes axe
 * (WCAG 2.1 A/AA) and fits a 390 px phone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefillBrowserIT {

    private static final Set<String> TAKEN_TOPICS = Set.of("p02", "p03", "p05", "p09", "p10", "p11");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    Browser browser;
    BlockingHttpClient http;
    long org;
    String employer;
    String token;

    @BeforeAll
    void organisationAndEmployer() throws Exception {
        http = client.toBlocking();
        fixture = new PageFixture(http, server.getURI());
        org = fixture.organisation("Gemeente Eenmaalstad", null);
        employer = fixture.user("eenmaal-emp", "EMPLOYER", Map.of("organisationId", org));
        token = fixture.token(employer);
        browser = new Browser(server.getURL());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void put(long assessment, Map<String, Object> values) {
        http.exchange(HttpRequest.PUT("/api/assessments/" + assessment + "/answers",
                Map.of("answers", TestAnswers.asAnswers(values))).bearerAuth(token));
    }

    private void submitOnTheTopicPage() {
        browser.submit(browser.find("button[name=ga][value=indienen]"));
    }

    @Test
    void answersOnceForBothInstruments() throws Exception {
        browser.login(employer, PageFixture.PASSWORD);

        // the 8 measures: answered and submitted
        long vpt8 = fixture.draft(org, "SELF", token);
        put(vpt8, TestAnswers.values("vpt-8-maatregelen", topic -> false, LocalDate.now().minusMonths(2)));
        browser.open("/beoordelingen/" + vpt8 + "/onderwerp/m1");
        submitOnTheTopicPage();
        assertEquals("/beoordelingen/" + vpt8 + "/resultaat", browser.path());

        // the 11 points: started on the dashboard, offered the answers of the 8 measures
        browser.open("/");
        new Select(browser.find("#questionnaire-" + org)).selectByValue("ai-agressie-11");
        browser.submit(browser.find("form[action='/organisaties/" + org + "/beoordelingen'] button[type=submit]"));
        assertTrue(browser.path().matches("/beoordelingen/\\d+/overnemen"), browser.path());
        long ai11 = Long.parseLong(browser.path().split("/")[2]);
        String intro = browser.find("#prefill-source").getText();
        assertTrue(intro.contains("Veilige Publieke Taak: de acht maatregelen van de werkgever"), intro);
        assertTrue(intro.contains(LocalDate.now().toString()), intro);
        assertTrue(browser.find("#prefill-questions").getText().contains(text("ai-agressie-11", "ai11.p03.q2")),
                "the offered questions listed");
        PageChecks.check(browser, "prefill-01-aanbod");
        browser.submit(browser.find("#prefill-accept"));
        assertTrue(browser.find("#prefill-done").isDisplayed());

        // the marks on a topic page, in Dutch and in English
        browser.open("/beoordelingen/" + ai11 + "/onderwerp/p02");
        WebElement mark = browser.find("#origin-ai11-p02-q1");
        assertTrue(mark.getText().startsWith("Overgenomen uit „Veilige Publieke Taak"), mark.getText());
        assertTrue(browser.find("#confirm-topic-help").getText().contains("nog niet bevestigd"));
        PageChecks.check(browser, "prefill-02-onderwerp-gemarkeerd");
        browser.open("/beoordelingen/" + ai11 + "/onderwerp/p02?lang=en");
        assertTrue(browser.find("#origin-ai11-p02-q1").getText().startsWith("Taken over from “Safe Public Task"));
        browser.open("/beoordelingen/" + ai11 + "/onderwerp/p02?lang=nl");

        // the rest answered by hand; submitting is refused while the answers taken over are unconfirmed
        Set<String> taken = taken(ai11);
        assertTrue(taken.contains("ai11.p03.q2"), taken.toString());
        Map<String, Object> rest = new LinkedHashMap<>(TestAnswers.allInPlace("ai-agressie-11"));
        rest.keySet().removeAll(taken);
        put(ai11, rest);
        browser.open("/beoordelingen/" + ai11 + "/onderwerp/p01");
        submitOnTheTopicPage();
        assertEquals("Overgenomen antwoorden nog niet bevestigd", browser.find("h1").getText());
        List<WebElement> links = browser.all("#missing-questions a");
        assertFalse(links.isEmpty());
        assertTrue(links.get(0).getAttribute("href").contains("/beoordelingen/" + ai11 + "/onderwerp/p02#q-ai11-p02-"),
                links.get(0).getAttribute("href"));
        PageChecks.check(browser, "prefill-03-niet-bevestigd");

        // one answer confirmed on its own, then every topic's answers at once
        browser.submit(links.get(0));
        browser.submit(browser.find("button[name=vraag][value='ai11.p02.q1']"));
        assertTrue(browser.find("#prefill-confirmed").isDisplayed());
        assertTrue(browser.find("#origin-ai11-p02-q1").getText().contains("Bevestigd"));
        for (String topic : TAKEN_TOPICS.stream().sorted().toList()) {
            browser.open("/beoordelingen/" + ai11 + "/onderwerp/" + topic);
            if (!browser.all("#confirm-topic").isEmpty()) {
                browser.submit(browser.find("#confirm-topic"));
            }
            assertTrue(browser.all("#confirm-topic").isEmpty(), topic);
        }
        submitOnTheTopicPage();
        assertEquals("/beoordelingen/" + ai11 + "/resultaat", browser.path());

        // each result page shows, in one table, how its answers score under the other instrument
        assertEquals(8, browser.all("#other-scores tbody.other-topic").size(), "one row group per measure");
        String table = browser.find("#other-scores").getText();
        assertTrue(table.contains(text("ai-agressie-11", "ai11.p03.q2")) && table.contains(text("vpt-8-maatregelen",
                "vpt8.m4.q1")), table);
        assertTrue(browser.find("#other-instrument").getText().contains("Veilige Publieke Taak"));
        PageChecks.check(browser, "prefill-04-resultaat-vergelijking");
        browser.open("/beoordelingen/" + vpt8 + "/resultaat");
        assertTrue(browser.find("#other-instrument").getText().contains("Agressie en geweld"));
        assertEquals(11, browser.all("#other-scores tbody.other-topic").size(), "one row group per point");
        assertTrue(browser.find("#other-indicative").getText().startsWith("Indicatief"));
        assertTrue(browser.find("#other-scores").getText().contains("indicatief"));
    }

    /** The questions whose answer was taken over (they have an origin). */
    @SuppressWarnings("unchecked")
    private Set<String> taken(long assessment) {
        Map<String, Object> sheet = http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/answers")
                .bearerAuth(token), Map.class);
        Set<String> taken = new java.util.TreeSet<>();
        ((Map<String, Map<String, Object>>) sheet.get("answers")).forEach((q, a) -> {
            if (a.get("origin") != null) {
                taken.add(q);
            }
        });
        return taken;
    }

    private static String text(String questionnaire, String question) {
        return TestAnswers.questionnaire(questionnaire).question(question).orElseThrow().text().nl();
    }
}
