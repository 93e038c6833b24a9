package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import nl.vptscan.evidence.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence documents on the pages: attached under the answer, refused with a reason, listed on the result. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentPagesIT {

    private static final Pattern LINK = Pattern.compile("href=\"(/beoordelingen/\\d+/bijlagen/(\\d+))\"");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    BlockingHttpClient http;
    long org;
    String employerToken;
    PageClient employer;
    PageClient otherEmployer;
    PageClient coordinator;

    @BeforeAll
    void organisationAndUsers() throws Exception {
        http = client.toBlocking();
        fixture = new PageFixture(http, server.getURI());
        long region = fixture.region("Bewijsregio");
        org = fixture.organisation("Bewijsgemeente", region);
        long otherOrg = fixture.organisation("Andere bewijsgemeente", null);
        employerToken = fixture.token(fixture.user("bewijs-emp", "EMPLOYER", Map.of("organisationId", org)));
        employer = new PageClient(server.getURI(), employerToken);
        otherEmployer = new PageClient(server.getURI(), fixture.token(
                fixture.user("bewijs-emp-x", "EMPLOYER", Map.of("organisationId", otherOrg))));
        coordinator = new PageClient(server.getURI(), fixture.token(
                fixture.user("bewijs-coord", "REGION_COORDINATOR", Map.of("regionId", region))));
    }

    @Test
    void aPdfAttachedOnTheTopicPageIsListedUnderItsAnswerAndDownloads() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        String topic = "/beoordelingen/" + draft + "/onderwerp/m1";
        String page = employer.get(topic).body();
        assertTrue(page.contains("id=\"upload-vpt8-m1-q1\"") && page.contains("form=\"upload-vpt8-m1-q1\""), "a file field per question");

        byte[] pdf = Documents.pdf();
        HttpResponse<String> uploaded = employer.postFile("/beoordelingen/" + draft + "/bijlagen", employer.csrf(),
                Map.of("questionId", "vpt8.m1.q1"), "Protocol agressie.pdf", pdf);
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(topic + "?bijlage=toegevoegd&vraag=vpt8.m1.q1#q-vpt8-m1-q1"), location);

        String after = employer.get(location).body();
        assertTrue(after.contains("Het bewijsstuk is toegevoegd."), after);
        assertTrue(after.contains(">Protocol agressie.pdf</a>"), "listed under the answer");
        Matcher link = LINK.matcher(after);
        assertTrue(link.find());
        HttpResponse<byte[]> download = employer.getBytes(link.group(1));
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(403, otherEmployer.getBytes(link.group(1)).statusCode(), "another organisation's employer");
    }

    @Test
    void aRefusedFileIsNamedInTheUsersLanguageAndNothingIsStored() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        HttpResponse<String> refused = employer.postFile("/beoordelingen/" + draft + "/bijlagen", employer.csrf(),
                Map.of("questionId", "vpt8.m1.q1"), "beleid.pdf", Documents.exe());
        assertEquals(303, refused.statusCode());
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("bijlagefout=DISGUISED"), location);
        String page = employer.get(location).body();
        assertTrue(page.contains("De naam van het bestand past niet bij de inhoud"), page);
        assertFalse(LINK.matcher(page).find(), "nothing attached");
        String english = employer.get(location.replace("#", "&lang=en#")).body();
        assertTrue(english.contains("does not match its content"), "in English when asked");
    }

    @Test
    void aRemovedFileIsGoneAndTheSubmittedResultListsWhatRemains() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        String csrf = employer.csrf();
        employer.postFile("/beoordelingen/" + draft + "/bijlagen", csrf, Map.of("questionId", "vpt8.m1.q1"), "weg.pdf", Documents.pdf());
        employer.postFile("/beoordelingen/" + draft + "/bijlagen", csrf, Map.of("questionId", "vpt8.m2.q1"), "registratie.xlsx",
                Documents.xlsx());
        String page = employer.get("/beoordelingen/" + draft + "/onderwerp/m1").body();
        Matcher link = LINK.matcher(page);
        assertTrue(link.find());
        HttpResponse<String> removed = employer.postForm("/beoordelingen/" + draft + "/bijlagen/" + link.group(2) + "/verwijderen",
                "_csrf=" + csrf);
        assertEquals(303, removed.statusCode(), removed.body());
        assertFalse(employer.get("/beoordelingen/" + draft + "/onderwerp/m1").body().contains("weg.pdf"));

        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", t -> false, LocalDate.now()));
        http.exchange(HttpRequest.PUT("/api/assessments/" + draft + "/answers", Map.of("answers", answers)).bearerAuth(employerToken));
        http.exchange(HttpRequest.POST("/api/assessments/" + draft + "/submit", Map.of()).bearerAuth(employerToken));
        String result = employer.get("/beoordelingen/" + draft + "/resultaat").body();
        assertTrue(result.contains("id=\"attachments\"") && result.contains(">registratie.xlsx</a>"), result);
        assertFalse(result.contains("weg.pdf"));
        String readOnly = employer.get("/beoordelingen/" + draft + "/onderwerp/m2").body();
        assertTrue(readOnly.contains(">registratie.xlsx</a>") && !readOnly.contains("id=\"upload-"), "read-only after submit");
        String coordinatorView = coordinator.get("/beoordelingen/" + draft + "/resultaat").body();
        assertFalse(coordinatorView.contains("registratie.xlsx"), "a coordinator reads results, not answers");
    }

    @Test
    void answersAndDocumentsOlderThanTwelveMonthsAreFlaggedWhenResuming() throws Exception {
        long draft = fixture.draft(org, "SELF", employerToken);
        http.exchange(HttpRequest.PUT("/api/assessments/" + draft + "/answers", Map.of("answers", Map.of(
                "vpt8.m1.q1", Map.of("value", "yes"), "vpt8.m1.q2", Map.of("value", "yes")))).bearerAuth(employerToken));
        employer.postFile("/beoordelingen/" + draft + "/bijlagen", employer.csrf(), Map.of("questionId", "vpt8.m1.q1"),
                "oud beleid.pdf", Documents.pdf());
        String page = employer.get("/beoordelingen/" + draft + "/onderwerp/m1").body();
        assertFalse(page.contains("id=\"stale-") || page.contains("ouder dan 12 maanden"), "nothing is stale yet");

        try (var connection = java.sql.DriverManager.getConnection(
                System.getenv().getOrDefault("VPTSCAN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/vptscan_test"),
                System.getenv().getOrDefault("VPTSCAN_TEST_DB_USER", "vptscan"),
                System.getenv().getOrDefault("VPTSCAN_TEST_DB_PASSWORD", "vptscan"));
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE answer SET updated_at = TIMESTAMPADD(MONTH, -13, updated_at) "
                    + "WHERE assessment_id = " + draft + " AND question_id = 'vpt8.m1.q1'");
            statement.executeUpdate("UPDATE attachment SET uploaded_at = TIMESTAMPADD(MONTH, -13, uploaded_at) "
                    + "WHERE assessment_id = " + draft);
        }
        String resumed = employer.get("/beoordelingen/" + draft + "/onderwerp/m1").body();
        assertTrue(resumed.contains("id=\"stale-vpt8-m1-q1\""), "the old answer is flagged");
        assertFalse(resumed.contains("id=\"stale-vpt8-m1-q2\""), "a recent answer is not");
        assertTrue(resumed.contains("ouder dan 12 maanden"), "the old document is flagged");
    }
}
