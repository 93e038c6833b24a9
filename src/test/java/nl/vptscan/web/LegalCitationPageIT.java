package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A topic page cites its legal basis as the legal catalogue does, in the page's language, with the provision's
 * summary beside each citation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalCitationPageIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    String token;
    PageClient page;
    long organisation;

    @BeforeAll
    void employer() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        organisation = fixture.organisation("Gemeente Wetstad", null);
        String employer = fixture.user("wet-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        token = fixture.token(employer);
        page = new PageClient(server.getURI(), token);
    }

    @Test
    void theEnglishTopicPageCitesTheLawInEnglish() throws Exception {
        long draft = fixture.draft(organisation, "SELF", token);
        String english = page.get("/beoordelingen/" + draft + "/onderwerp/m1?lang=en").body();
        assertTrue(english.contains(">Working Conditions Act art. 3(2)</abbr>"), english);
        assertTrue(english.contains(">Safe Public Task measure 1</abbr>"), english);
        assertTrue(english.contains("title=\"The employer has a policy that prevents or limits psychosocial workload,"
                + " aggression and violence included.\""), english);
        assertFalse(english.contains("Arbowet"), "no Dutch citation on the English page");
    }

    @Test
    void theDutchTopicPageCitesTheLawInDutch() throws Exception {
        long draft = fixture.draft(organisation, "SELF", token);
        String dutch = page.get("/beoordelingen/" + draft + "/onderwerp/m1?lang=nl").body();
        assertTrue(dutch.contains(">Arbowet art. 3 lid 2</abbr>"), dutch);
        assertTrue(dutch.contains(">VPT-maatregel 1</abbr>"), dutch);
        assertFalse(dutch.contains("Working Conditions Act"), "no English citation on the Dutch page");
    }
}
