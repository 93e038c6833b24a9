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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A topic page for keyboard and screen-reader users: the skip link, the submit button's place, errors tied to fields. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicPageIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageClient employer;
    String topic;

    @BeforeAll
    void draftOfAnEmployer() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Toegankelijke gemeente", null);
        String name = fixture.user("topic-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        String token = fixture.token(name);
        employer = new PageClient(server.getURI(), token);
        topic = "/beoordelingen/" + fixture.draft(organisation, "SELF", token) + "/onderwerp/m4";
    }

    @Test
    void theSkipLinkLandsOnTheFirstQuestion() throws Exception {
        String page = employer.get(topic).body();
        assertTrue(page.contains("class=\"skip-link\" href=\"#q-vpt8-m4-q1\""), "the skip link's target");
        assertTrue(page.contains("id=\"q-vpt8-m4-q1\""), "the first question has that id");
    }

    @Test
    void submittingComesAfterTheQuestions() throws Exception {
        String page = employer.get(topic).body();
        int lastQuestion = page.lastIndexOf("class=\"question");
        int submit = page.indexOf("value=\"indienen\"");
        assertTrue(lastQuestion > 0 && submit > lastQuestion, "the submit form follows the last question");
    }

    @Test
    void anErrorIsTiedToItsField() throws Exception {
        String page = employer.postForm(topic, "_csrf=" + employer.csrf()
                + "&v:vpt8.m4.q1=alle&v:vpt8.m4.q2=150&ga=opslaan").body();
        Matcher input = Pattern.compile("<input[^>]*id=\"vpt8-m4-q2\"[^>]*>").matcher(page);
        assertTrue(input.find(), page);
        Matcher describedBy = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(input.group());
        assertTrue(describedBy.find(), input.group());
        assertTrue(describedBy.group(1).contains("error-vpt8-m4-q2"), describedBy.group(1));
        assertTrue(input.group().contains("aria-invalid=\"true\""));
        assertEquals(1, page.split("id=\"error-vpt8-m4-q2\"", -1).length - 1, "one element carries the error id");
    }
}
