package nl.vptscan.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's pages over HTTP: organisations, regions and members, users, and an assessment's audit trail. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    PageClient admin;
    String csrf;

    @BeforeAll
    void logInAsAdministrator() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        admin = new PageClient(server.getURI(), AdminLoginFilter.login(server.getURI(), "test-admin",
                "lange-beheerder-wachtzin-2026"));
        csrf = admin.csrf();
    }

    @Test
    void theNewOrganisationPageOffersTheDutchSectors() throws Exception {
        HttpResponse<String> page = admin.get("/organisaties/nieuw");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<option value=\"hulpdiensten\">Politie, brandweer, ambulance</option>"), page.body());
    }

    @Test
    void aRefusedOrganisationNamesEachWrongFieldAndKeepsWhatWasTyped() throws Exception {
        HttpResponse<String> page = admin.postForm("/organisaties", form("name", "", "sector", "", "employees", "veel",
                "kvkNumber", "123", "regionSince", "31-02-2026"));
        assertEquals(400, page.statusCode());
        for (String field : List.of("name", "sector", "employees", "kvkNumber", "regionSince")) {
            assertTrue(page.body().contains("id=\"" + field + "-error\""), field);
            assertTrue(page.body().matches("(?s).*id=\"" + field + "\"[^>]*aria-describedby=\"" + field + "-error.*"), field);
        }
        assertTrue(page.body().contains("value=\"veel\""), "what was typed is shown again");
        assertTrue(page.body().contains("Vul het aantal medewerkers in"), "the message is Dutch");
    }

    @Test
    void anOrganisationIsCreatedEditedAndDeleted() throws Exception {
        String name = "Beheergemeente " + fixture.suffix;
        HttpResponse<String> created = admin.postForm("/organisaties", form("name", name, "sector", "gemeente",
                "employees", "250", "kvkNumber", "12345678"));
        assertEquals(303, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring("/organisaties/".length()));
        assertTrue(admin.get(location).body().contains(name));

        HttpResponse<String> edited = admin.postForm("/organisaties/" + id + "/bewerken", form("name", name + " (nieuw)",
                "sector", "zorg", "employees", "260"));
        assertEquals(303, edited.statusCode(), edited.body());
        Map<String, Object> stored = api("/api/organisations/" + id);
        assertEquals("zorg", stored.get("sector"));
        assertEquals(260, ((Number) stored.get("employees")).intValue());

        assertEquals(303, admin.postForm("/organisaties/" + id + "/verwijderen", form()).statusCode());
        assertFalse(admin.get("/").body().contains(name), "gone from the overview");
    }

    @Test
    void anOrganisationWithAssessmentsIsNotDeleted() throws Exception {
        long organisation = fixture.organisation("Beheergemeente met historie", null);
        fixture.submitted(organisation, "SELF", null);
        HttpResponse<String> page = admin.postForm("/organisaties/" + organisation + "/verwijderen", form());
        assertEquals(409, page.statusCode());
        assertTrue(page.body().contains("niet verwijderd"), page.body());
    }

    @Test
    void aRegionGetsMembersFromADateAndLosesThem() throws Exception {
        HttpResponse<String> created = admin.postForm("/regios", form("name", "Beheerregio " + fixture.suffix));
        assertEquals(303, created.statusCode(), created.body());
        String region = created.headers().firstValue("Location").orElseThrow();
        long organisation = fixture.organisation("Beheerlid", null);

        HttpResponse<String> refused = admin.postForm(region + "/leden", form("organisationId", "" + organisation,
                "since", "gisteren"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"since-error\""));

        assertEquals(303, admin.postForm(region + "/leden", form("organisationId", "" + organisation,
                "since", "01-02-2026")).statusCode());
        assertEquals("2026-02-01", api("/api/organisations/" + organisation).get("regionSince"));
        assertTrue(admin.get(region).body().contains("Beheerlid " + fixture.suffix));

        assertEquals(303, admin.postForm(region + "/leden/" + organisation + "/verwijderen", form()).statusCode());
        assertEquals(null, api("/api/organisations/" + organisation).get("regionId"));
    }

    @Test
    void aLongMemberListIsPaged() throws Exception {
        long region = fixture.region("Grote regio");
        for (int i = 0; i < AdminForms.PAGE_SIZE + 1; i++) {
            fixture.organisation(String.format("Lid %02d", i), region);
        }
        String first = admin.get("/regios/" + region).body();
        assertTrue(first.contains("Pagina 1 van 2"), first);
        assertFalse(first.contains("Lid " + AdminForms.PAGE_SIZE + " " + fixture.suffix));
        assertTrue(admin.get("/regios/" + region + "?pagina=2").body().contains("Lid " + AdminForms.PAGE_SIZE + " " + fixture.suffix));
        String benchmark = admin.get("/regios/" + region + "/benchmark").body();
        assertTrue(benchmark.contains("Pagina 1 van 2"), "the coordinator's member list is paged too");
    }

    @Test
    void aUserIsCreatedBoundToItsOrganisationAndDeactivated() throws Exception {
        long organisation = fixture.organisation("Gebruikersgemeente", null);
        String name = "pagina-werkgever-" + fixture.suffix;
        HttpResponse<String> refused = admin.postForm("/gebruikers", form("username", name, "password",
                PageFixture.PASSWORD, "role", "EMPLOYER"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"organisationId-error\""), "an employer needs its organisation");
        assertTrue(refused.body().contains("value=\"" + name + "\""));

        HttpResponse<String> created = admin.postForm("/gebruikers", form("username", name, "password",
                PageFixture.PASSWORD, "role", "EMPLOYER", "organisationId", "" + organisation));
        assertEquals(303, created.statusCode(), created.body());
        String user = created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
        assertTrue(admin.get(user + "?melding=aangemaakt").body().contains("De gebruiker is aangemaakt."));
        PageClient employer = new PageClient(server.getURI(), fixture.token(name));
        assertEquals(200, employer.get("/organisaties/" + organisation).statusCode());

        assertEquals(303, admin.postForm(user + "/actief", form("active", "false")).statusCode());
        String deactivated = admin.get(user).body();
        assertTrue(deactivated.contains("id=\"user-status\">gedeactiveerd"), deactivated);
        assertEquals(303, employer.get("/").statusCode(), "its login ended");
        assertEquals(303, admin.postForm(user + "/wachtwoord", form("password", "een-heel-nieuw-wachtwoord")).statusCode());
        assertEquals(400, admin.postForm(user + "/wachtwoord", form("password", "kort")).statusCode());
        assertEquals(303, admin.postForm(user + "/ontgrendelen", form()).statusCode());
    }

    @Test
    void aTakenUserNameIsRefusedWithItsOwnTextInDutchAndEnglish() throws Exception {
        long organisation = fixture.organisation("Dubbelgemeente", null);
        String name = "dubbel-" + fixture.suffix;
        String fields = form("username", name, "password", PageFixture.PASSWORD, "role", "EMPLOYER",
                "organisationId", "" + organisation);
        assertEquals(303, admin.postForm("/gebruikers", fields).statusCode());

        HttpResponse<String> dutch = admin.postForm("/gebruikers", fields);
        assertEquals(400, dutch.statusCode());
        assertTrue(dutch.body().contains("Deze gebruikersnaam is al in gebruik; kies een andere."), dutch.body());
        assertFalse(dutch.body().contains("die nog niet bestaat"), "not the general text of the field");
        HttpResponse<String> english = admin.postForm("/gebruikers?lang=en", fields);
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("This user name is taken; choose another."), english.body());

        HttpResponse<String> typo = admin.postForm("/gebruikers", form("username", "x", "password",
                PageFixture.PASSWORD, "role", "EMPLOYER", "organisationId", "" + organisation));
        assertTrue(typo.body().contains("Kies een gebruikersnaam van 3 tot 120"), "a field without a coded refusal keeps the general text");
    }

    @Test
    void theLastActiveAdministratorIsNotDeactivatedOnThePage() throws Exception {
        List<Map<String, Object>> users = client.toBlocking().retrieve(HttpRequest.GET("/api/users"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        long self = users.stream().filter(u -> "test-admin".equals(u.get("username")))
                .mapToLong(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
        List<Long> others = new ArrayList<>();
        users.stream().filter(u -> "ADMIN".equals(u.get("role")) && Boolean.TRUE.equals(u.get("active")))
                .mapToLong(u -> ((Number) u.get("id")).longValue()).filter(id -> id != self).forEach(others::add);
        try {
            for (long other : others) {
                assertEquals(303, admin.postForm("/gebruikers/" + other + "/actief", form("active", "false")).statusCode());
            }
            HttpResponse<String> refused = admin.postForm("/gebruikers/" + self + "/actief", form("active", "false"));
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("laatste actieve beheerder"), refused.body());
            assertEquals(409, admin.postForm("/gebruikers/" + self + "/rol", form("role", "INSPECTOR")).statusCode());
        } finally {
            for (long other : others) {
                admin.postForm("/gebruikers/" + other + "/actief", form("active", "true"));
            }
        }
    }

    @Test
    void anAssessmentIsScoredAgainAndItsAuditTrailRead() throws Exception {
        long organisation = fixture.organisation("Herberekengemeente", null);
        long assessment = fixture.submitted(organisation, "SELF", null);
        String page = admin.get("/beoordelingen/" + assessment + "/beheer").body();
        assertTrue(page.contains("id=\"audit-trail\""), page);
        assertFalse(page.contains("opnieuw berekend</td>"));
        assertEquals(303, admin.postForm("/beoordelingen/" + assessment + "/herberekenen", form()).statusCode());
        String after = admin.get("/beoordelingen/" + assessment + "/beheer?herberekend=1").body();
        assertTrue(after.contains("opnieuw berekend</td>"), after);
        assertTrue(after.contains("rescore"), "the rescore is in the trail");
        long draft = fixture.draft(organisation, "SELF", null);
        assertEquals(409, admin.postForm("/beoordelingen/" + draft + "/herberekenen", form()).statusCode());
    }

    private String form(String... keysAndValues) {
        StringBuilder body = new StringBuilder("_csrf=" + csrf);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.append('&').append(keysAndValues[i]).append('=')
                    .append(URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> api(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }
}
