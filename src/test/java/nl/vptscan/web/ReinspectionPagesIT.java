package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import nl.vptscan.assessment.AuditService;
import nl.vptscan.assessment.Verdict;
import nl.vptscan.assessment.VerdictInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspector gives an eis with a deadline, the employer sees it open, the inspector starts the re-inspection from
 * the earlier audit and sees the unmet eis as a repeat with its indicative fine in euros.
 */
@MicronautTest(transactional = false)
class ReinspectionPagesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    AuditService audits;

    @Test
    void anEisWithoutDeadlineIsRefusedInDutchNamingTheTopic() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Termijngemeente", null);
        String token = fixture.token(fixture.user("termijn-inspecteur", "INSPECTOR", Map.of()));
        long audit = fixture.draft(organisation, "AUDIT", token);
        PageClient inspector = new PageClient(server.getURI(), token);

        var refused = inspector.postForm("/beoordelingen/" + audit + "/oordelen",
                "_csrf=" + inspector.csrf() + "&verdict.m4=EIS&deadline.m4=&note.m4=geen+training");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Geef bij „Trainen: train werknemers in het voorkomen van agressie en geweld” een termijn"),
                refused.body());
        assertFalse(refused.body().contains("verdicts.m4"), "no field path");

        var notADate = inspector.postForm("/beoordelingen/" + audit + "/oordelen",
                "_csrf=" + inspector.csrf() + "&verdict.m4=EIS&deadline.m4=morgen");
        assertEquals(400, notADate.statusCode());
        assertTrue(notADate.body().contains("is geen datum"), notADate.body());

        var saved = inspector.postForm("/beoordelingen/" + audit + "/oordelen",
                "_csrf=" + inspector.csrf() + "&verdict.m4=EIS&deadline.m4=" + TODAY.plusDays(30));
        assertEquals(303, saved.statusCode());
        assertTrue(inspector.get("/beoordelingen/" + audit + "/oordelen").body().contains("value=\"" + TODAY.plusDays(30) + "\""));
    }

    @Test
    void theReinspectionShowsAnEisUnmetAfterItsDeadlineAsARepeatWithItsFine() throws Exception {
        BlockingHttpClient http = client.toBlocking();
        PageFixture fixture = new PageFixture(http, server.getURI());
        long organisation = fixture.organisation("Hercontrolegemeente", null);
        String inspectorName = fixture.user("her-inspecteur", "INSPECTOR", Map.of());
        String token = fixture.token(inspectorName);
        String employer = fixture.user("her-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        long audit = fixture.draft(organisation, "AUDIT", token);
        audits.saveVerdicts(audit, Map.of("m5", new VerdictInput(Verdict.EIS, "Geen reactie op daders", TODAY.minusDays(10))),
                inspectorName, TODAY.minusDays(60));
        submit(http, audit, token);

        PageClient employerPages = new PageClient(server.getURI(), fixture.token(employer));
        assertTrue(employerPages.get("/").body().contains("Termijn verstreken: eis bij „Reageren: reageer binnen 48 uur richting de dader”"),
                "the employer sees its open eis");

        try (Browser browser = new Browser(server.getURL())) {
            browser.login(inspectorName, PageFixture.PASSWORD);
            assertTrue(browser.find("#todo").getText().contains("Hercontrole nodig bij Hercontrolegemeente"),
                    browser.find("#todo").getText());
            browser.open("/beoordelingen/" + audit + "/oordelen");
            browser.submit(browser.find("#start-follow-up button"));
            assertTrue(browser.path().endsWith("/hercontrole"), browser.path());
            long followUp = Long.parseLong(browser.path().split("/")[2]);
            assertEquals("NOT_YET_JUDGED", browser.find("#demand-m5").getAttribute("data-outcome"));
            PageChecks.check(browser, "hercontrole-concept");

            http.exchange(HttpRequest.PUT("/api/assessments/" + followUp + "/verdicts", Map.of("verdicts",
                    Map.of("m5", Map.of("verdict", "EIS", "deadline", TODAY.plusDays(30).toString())))).bearerAuth(token));
            submit(http, followUp, token);
            browser.open("/beoordelingen/" + followUp + "/hercontrole");
            assertEquals("true", browser.find("#demand-m5").getAttribute("data-repeat"));
            String fine = browser.find("#demand-m5 .fine").getText();
            assertTrue(fine.contains("€ 1.200"), "300 employees pay 80% of € 1.500: " + fine);
            assertTrue(fine.contains("Arbowet art. 3 lid 2"), fine);
            assertTrue(browser.find("#fine-notice").getText().contains("geen boetebesluit"));
            PageChecks.check(browser, "hercontrole-herhaling");

            String english = new PageClient(server.getURI(), token).get("/beoordelingen/" + followUp + "/hercontrole?lang=en").body();
            assertTrue(english.contains("Repeat offence"), english);
            assertTrue(english.contains("Indicative fine €1,200"), english);
            assertTrue(english.contains("1 repeat offence, indicatively €1,200."), english);
        }
    }

    private static void submit(BlockingHttpClient http, long assessment, String token) {
        http.exchange(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers",
                TestAnswers.asAnswers(TestAnswers.allInPlace("vpt-8-maatregelen")))).bearerAuth(token));
        http.exchange(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()).bearerAuth(token));
    }
}
