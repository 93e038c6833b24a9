package nl.vptscan.access;

import io.micronaut.context.MessageSource;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refusals of users, regions, campaigns, memberships, benchmarks, attachments and languages name a message code for
 * the whole refusal or for each bad field, and each code has a Dutch and an English text.
 */
@MicronautTest(transactional = false)
class ApiErrorCodesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    MessageSource messages;

    AuthClient http;
    String admin;

    @BeforeEach
    void logIn() {
        http = new AuthClient(server.getURI());
        admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
    }

    @Test
    void aRefusedNewUserNamesEachFieldWithItsCode() {
        Map<String, Object> problem = problem(http.send("POST", "/api/users", admin,
                AuthClient.json("username", "test-admin", "password", "test-admin-wachtwoord", "role", "EMPLOYER")), 400);
        assertEquals(Map.of("organisationId", "user.organisationRequired", "password", "password.containsUsername",
                "username", "user.usernameTaken"), fieldCodes(problem));
    }

    @Test
    void aRefusedRoleChangeNamesTheRoleWithItsCode() {
        long id = http.createUser(admin, AuthClient.name("role"), "een-lange-wachtzin-voor-de-test", "INSPECTOR");
        Map<String, Object> problem = problem(http.send("PUT", "/api/users/" + id + "/role", admin,
                AuthClient.json("role", "BOSS")), 400);
        assertEquals(Map.of("role", "user.role"), fieldCodes(problem));
    }

    @Test
    void anUnknownUserIsNotFoundWithItsCode() {
        assertEquals("user.notFound", problem(http.send("PUT", "/api/users/987654321/active", admin,
                "{\"active\":true}"), 404).get("code"));
    }

    @Test
    void aRefusedCampaignNamesEachFieldWithItsCode() {
        long region = region();
        Map<String, Object> problem = problem(http.send("POST", "/api/regions/" + region + "/campaigns", admin,
                "{\"questionnaire\":\"ai-agressie-11\"}"), 400);
        Map<String, String> codes = fieldCodes(problem);
        assertEquals("campaign.round.required", codes.get("round"));
        assertEquals("campaign.dueOn.required", codes.get("dueOn"));
        assertEquals("campaign.members.none", codes.get("members"));
    }

    @Test
    void anUnknownCampaignIsNotFoundWithItsCode() {
        assertEquals("campaign.notFound", problem(http.get("/api/campaigns/987654321", admin), 404).get("code"));
    }

    @Test
    void aBenchmarkOfAnUnknownQuestionnaireNamesItWithItsCode() {
        long region = region();
        Map<String, Object> problem = problem(http.get("/api/regions/" + region + "/benchmark?questionnaire=nope",
                admin), 400);
        assertEquals(Map.of("questionnaire", "questionnaire.unknown"), fieldCodes(problem));
    }

    @Test
    void removingAnOrganisationThatIsNoMemberIsNotFoundWithItsCode() {
        long region = region();
        HttpResponse<String> created = http.send("POST", "/api/organisations", admin, "{\"name\":\""
                + AuthClient.name("Gemeente") + "\",\"sector\":\"gemeente\",\"employees\":80}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("membership.notFound", problem(http.send("DELETE", "/api/regions/" + region + "/members/"
                + id(created), admin, null), 404).get("code"));
    }

    @Test
    void anUnknownAssessmentIsNotFoundWithItsCode() {
        assertEquals("assessment.notFound", problem(http.get("/api/assessments/987654321/attachments", admin), 404)
                .get("code"));
    }

    @Test
    void anUnsupportedLanguageNamesTheFieldWithItsCode() {
        assertEquals(Map.of("lang", "language.unsupported"),
                fieldCodes(problem(http.get("/api/questionnaires/ai-agressie-11?lang=fr", admin), 400)));
    }

    private long region() {
        HttpResponse<String> created = http.send("POST", "/api/regions", admin, AuthClient.json("name",
                AuthClient.name("Regio")));
        assertEquals(201, created.statusCode(), created.body());
        return id(created);
    }

    private static long id(HttpResponse<String> created) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private Map<String, Object> problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try {
            Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            if (problem.get("code") != null) {
                assertHasTexts((String) problem.get("code"));
            }
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code of each bad field, each checked for its Dutch and English text. */
    @SuppressWarnings("unchecked")
    private Map<String, String> fieldCodes(Map<String, Object> problem) {
        Map<String, String> codes = new java.util.TreeMap<>();
        for (Map<String, Object> error : (List<Map<String, Object>>) problem.get("errors")) {
            String code = (String) error.get("code");
            assertNotNull(code, "no code for " + error);
            assertHasTexts(code);
            codes.putIfAbsent((String) error.get("field"), code);
        }
        return codes;
    }

    private void assertHasTexts(String code) {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            assertTrue(messages.getRawMessage("error." + code, MessageSource.MessageContext.of(locale)).isPresent(),
                    "no " + locale + " text for error." + code);
        }
    }
}
