package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The campaign pages: a coordinator starts a round with the form and follows it; a bad form comes back in the
 * user's language naming each field; the member's employer sees the request under "to do" on its dashboard.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPagesIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    PageClient coordinator;
    PageClient employer;
    long region;
    long member;

    @BeforeAll
    void createRegion() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        region = fixture.region("Campagneregio");
        member = fixture.organisation("Campagnelid", region);
        coordinator = new PageClient(server.getURI(), fixture.token(fixture.user("camp-coord", "REGION_COORDINATOR",
                Map.of("regionId", region))));
        employer = new PageClient(server.getURI(), fixture.token(fixture.user("camp-emp", "EMPLOYER",
                Map.of("organisationId", member))));
    }

    @Test
    void coordinatorStartsARoundAndTheMemberSeesTheRequest() throws Exception {
        String due = LocalDate.now().plusDays(20).toString();
        HttpResponse<String> started = coordinator.postForm("/regios/" + region + "/campagnes", "_csrf="
                + coordinator.csrf() + "&questionnaire=vpt-8-maatregelen&round=0&dueOn=" + due + "&members=" + member);
        assertEquals(303, started.statusCode(), started.body());
        String page = coordinator.get("/regios/" + region + "/campagnes?gestart=1").body();
        assertTrue(page.contains("id=\"campaign-started\""));
        assertTrue(page.contains("0-meting"));
        assertTrue(page.contains("data-state=\"NOT_STARTED\""));
        assertTrue(page.contains("1 gevraagd · 0 begonnen · 0 ingediend · 0 te laat"), page);
        String dashboard = employer.get("/").body();
        assertTrue(dashboard.contains("id=\"todo\""));
        assertTrue(dashboard.contains("vul de 0-meting in"), dashboard);
        assertTrue(coordinator.get("/").body().contains("0 van 1 ingediend"));
        assertEquals(200, coordinator.get("/regios/" + region + "/monitor").statusCode());
    }

    @Test
    void badFormNamesEachFieldInDutch() throws Exception {
        HttpResponse<String> response = coordinator.postForm("/regios/" + region + "/campagnes", "_csrf="
                + coordinator.csrf() + "&questionnaire=onbekend&round=x&dueOn=2001-01-01&members=999999999");
        assertEquals(400, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("Kies een vragenlijst."), body);
        assertTrue(body.contains("Vul bij meting een heel getal"));
        assertTrue(body.contains("Vul een einddatum in"));
        assertTrue(body.contains("Kies alleen deelnemers van de regio"));
        assertFalse(body.contains("not a whole number"));
    }
}
