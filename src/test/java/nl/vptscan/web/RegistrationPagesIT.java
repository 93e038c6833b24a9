package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.registration.Exports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registration page: an export uploaded, its figures shown, the proposals taken over and marked on the topic
 * page; a refused export explained row by row in the page's language; the page accessible and fit for a phone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationPagesIT {

    private static final Pattern ACCEPT = Pattern.compile("action=\"(/beoordelingen/\\d+/registratie/\\d+/overnemen)\"");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    long org;
    String employerName;
    String employerToken;
    PageClient employer;
    PageClient otherEmployer;
    Browser browser;

    @BeforeAll
    void organisationAndUsers() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        org = fixture.organisation("Registratiegemeente", null);
        long otherOrg = fixture.organisation("Andere registratiegemeente", null);
        employerName = fixture.user("reg-emp", "EMPLOYER", Map.of("organisationId", org));
        employerToken = fixture.token(employerName);
        employer = new PageClient(server.getURI(), employerToken);
        otherEmployer = new PageClient(server.getURI(), fixture.token(
                fixture.user("reg-emp-x", "EMPLOYER", Map.of("organisationId", otherOrg))));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anUploadedExportIsShownAndItsProposalsAreTakenOverAndMarked() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        String page = "/beoordelingen/" + draft + "/registratie";
        assertTrue(employer.get("/beoordelingen/" + draft + "/onderwerp/m5").body().contains("href=\"" + page + "\""),
                "the topic page leads to the import");
        HttpResponse<String> uploaded = employer.postFile(page, employer.csrf(), Map.of("source", "standaard"),
                "incidenten.csv", Exports.generated(500, TODAY).csv());
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        String shown = employer.get(uploaded.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(shown.contains("De export is ingelezen."), shown);
        assertTrue(shown.contains("coördinator"), "counts by job group, read from Windows-1252");
        assertTrue(shown.contains("66,7%"), "the share in Dutch notation");
        assertTrue(shown.contains("id=\"take-vpt8-m5-q2\""), "a box per proposal");
        assertEquals(403, otherEmployer.get(page).statusCode());

        Matcher accept = ACCEPT.matcher(shown);
        assertTrue(accept.find());
        HttpResponse<String> taken = employer.postForm(accept.group(1), "_csrf=" + employer.csrf()
                + "&vraag=vpt8.m5.q2&vraag=vpt8.m8.q2");
        assertEquals(303, taken.statusCode(), taken.body());
        String topic = employer.get("/beoordelingen/" + draft + "/onderwerp/m5").body();
        assertTrue(topic.contains("id=\"registration-vpt8-m5-q2\""), "the answer is marked as taken over");
        assertTrue(topic.contains("Overgenomen uit de incidentregistratie (uit registratie-import van "
                + Exports.DUTCH_FORMAT.format(TODAY)), topic);
        assertFalse(employer.get("/beoordelingen/" + draft + "/onderwerp/m6").body().contains("registration-mark"),
                "a proposal not ticked is not taken over");
    }

    @Test
    void takingOverWithNothingTickedIsRefusedInThePagesLanguage() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        String page = "/beoordelingen/" + draft + "/registratie";
        HttpResponse<String> uploaded = employer.postFile(page, employer.csrf(), Map.of("source", "standaard"),
                "incidenten.csv", Exports.generated(100, TODAY).csv());
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        Matcher accept = ACCEPT.matcher(employer.get(page).body());
        assertTrue(accept.find());

        HttpResponse<String> refused = employer.postForm(accept.group(1), "_csrf=" + employer.csrf());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("U hebt geen antwoord aangevinkt"), refused.body());
        assertFalse(refused.body().contains("id=\"registration-accepted\""), refused.body());
        HttpResponse<String> english = employer.postForm(accept.group(1) + "?lang=en", "_csrf=" + employer.csrf());
        assertEquals(400, english.statusCode(), english.body());
        assertTrue(english.body().contains("You ticked no answer"), english.body());

        String after = employer.get(page).body();
        assertFalse(after.contains("id=\"registration-accepted-by\""), "the import is not recorded as accepted");
        assertFalse(employer.get("/beoordelingen/" + draft + "/onderwerp/m5").body().contains("registration-mark"),
                "no answer taken over");
    }

    @Test
    void aRefusedExportIsExplainedByRowInThePagesLanguage() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        String page = "/beoordelingen/" + draft + "/registratie";
        byte[] export = (Exports.HEADER + "\r\n3 januari;Wijkteam;consulent;verbaal;nee;ja;ja;;nee;;;ja;0\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = employer.postFile(page, employer.csrf(), Map.of(), "incidenten.csv", export);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Rij 2, kolom “Datum incident”: “3 januari” is geen datum"), refused.body());
        assertTrue(refused.body().contains("er is niets opgeslagen"), refused.body());

        HttpResponse<String> named = employer.postFile(page + "?lang=en", employer.csrf(), Map.of(), "incidenten.csv",
                (Exports.HEADER + ";Naam slachtoffer\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, named.statusCode());
        assertTrue(named.body().contains("GDPR art. 10") && named.body().contains("Column 14 “Naam slachtoffer”"), named.body());
        assertTrue(employer.get(page).body().contains("id=\"registration-none\""), "nothing stored");
    }

    @Test
    void theRegistrationPageIsAccessibleAndFitsAPhone() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        browser = new Browser(server.getURL());
        browser.login(employerName, PageFixture.PASSWORD);
        browser.open("/beoordelingen/" + draft + "/onderwerp/m5");
        browser.submit(browser.find("#registration-link"));
        PageChecks.check(browser, "registratie-01-leeg");
        Path file = Files.createTempFile("incidenten", ".csv");
        Files.write(file, Exports.sample());
        browser.find("#registration-file").sendKeys(file.toString());
        browser.submit(browser.find("#registration-form button[type=submit]"));
        assertTrue(browser.find("#registration-imported").isDisplayed());
        PageChecks.check(browser, "registratie-02-uitkomst");
        browser.submit(browser.find("#registration-accept button[type=submit]"));
        assertTrue(browser.find("#registration-accepted").isDisplayed());
        PageChecks.check(browser, "registratie-03-overgenomen");
        Files.delete(file);
    }
}
