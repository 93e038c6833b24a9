package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refused verdict is said on the page in the inspector's language, naming the topic, not a field path. */
@MicronautTest(transactional = false)
class VerdictPageIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Test
    void anUnknownVerdictIsRefusedInDutchNamingTheTopic() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Oordeelgemeente", null);
        String token = fixture.token(fixture.user("oordeel-inspecteur", "INSPECTOR", Map.of()));
        long audit = fixture.draft(organisation, "AUDIT", token);
        PageClient inspector = new PageClient(server.getURI(), token);

        HttpResponse<String> refused = inspector.postForm("/beoordelingen/" + audit + "/oordelen",
                "_csrf=" + inspector.csrf() + "&verdict.m1=BOETE&note.m1=te+laat");

        assertEquals(400, refused.statusCode());
        assertFalse(refused.body().contains("unknown verdict"), "no English: " + refused.body());
        assertFalse(refused.body().contains("verdicts.m1"), "no field path");
        assertTrue(refused.body().contains("een van de oordelen uit de lijst"), refused.body());
        assertTrue(refused.body().contains("te laat"), "what was typed is kept");
    }
}
