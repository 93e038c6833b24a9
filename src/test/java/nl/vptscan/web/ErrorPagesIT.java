package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page request the framework refuses gets the site's own page in Dutch (or English); the API keeps problem JSON. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageClient employer;

    @BeforeAll
    void employer() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Foutgemeente", null);
        employer = new PageClient(server.getURI(), fixture.token(
                fixture.user("fout-werkgever", "EMPLOYER", Map.of("organisationId", organisation))));
    }

    @Test
    void anUnknownAddressIsASiteErrorPageInDutch() throws Exception {
        HttpResponse<String> response = employer.get("/bestaat-niet");
        assertEquals(404, response.statusCode());
        assertSitePage(response, "Niet gevonden");
    }

    @Test
    void inEnglishWhenAskedFor() throws Exception {
        HttpResponse<String> response = employer.get("/bestaat-niet?lang=en");
        assertEquals(404, response.statusCode());
        assertSitePage(response, "Not found");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsASiteErrorPage() throws Exception {
        HttpResponse<String> response = employer.get("/beoordelingen/1/indienen");
        assertEquals(405, response.statusCode());
        assertSitePage(response, "Kan zo niet");
    }

    @Test
    void anUnreadableAddressIsASiteErrorPage() throws Exception {
        HttpResponse<String> response = employer.get("/beoordelingen/geen-nummer/resultaat");
        assertEquals(400, response.statusCode());
        assertSitePage(response, "Verzoek niet verwerkt");
    }

    @Test
    void theApiKeepsProblemJson() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve("/api/bestaat-niet")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private static void assertSitePage(HttpResponse<String> response, String title) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<h1>" + title + "</h1>"), response.body());
        assertTrue(response.body().contains("id=\"main\""), "the site's layout, with its header");
        assertFalse(response.body().contains("Page Not Found"), response.body());
    }
}
