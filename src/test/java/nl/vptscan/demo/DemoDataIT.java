package nl.vptscan.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demo mode gives every user group something real to see at once: a region of six, results, an audit. */
class DemoDataIT {

    @Test
    @SuppressWarnings("unchecked")
    void demoModeSeedsARegionOfSixWithResultsAnAuditAndOneUserPerRole() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("vptscan.demo.enabled", true, "micronaut.server.port", -1), "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();

            String coordinator = AdminLoginFilter.login(server.getURI(), "demo-coordinator", "demo-wachtwoord");
            List<Map<String, Object>> regions = http.retrieve(HttpRequest.GET("/api/regions").bearerAuth(coordinator),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            long region = ((Number) regions.get(0).get("id")).longValue();
            Map<String, Object> benchmark = http.retrieve(HttpRequest.GET("/api/regions/" + region
                    + "/benchmark?questionnaire=vpt-8-maatregelen").bearerAuth(coordinator), Map.class);
            String json = http.retrieve(HttpRequest.GET("/api/regions/" + region
                    + "/benchmark?questionnaire=ai-agressie-11").bearerAuth(coordinator));
            assertTrue(json.contains("Voorbeeldstad"), "members are named for their coordinator");
            assertNotNull(benchmark);
            assertFalse(json.contains("Te weinig organisaties"), "six members are enough for a distribution");
            Map<String, Object> monitor = http.retrieve(HttpRequest.GET("/api/regions/" + region
                    + "/monitor?questionnaire=vpt-8-maatregelen").bearerAuth(coordinator), Map.class);
            List<?> rounds = (List<?>) monitor.get("rounds");
            assertEquals(2, rounds.size(), "a 0-meting and a 1-meting");
            assertEquals(6, ((Map<?, ?>) rounds.get(0)).get("respondents"), "every member answered the 0-meting");

            String employer = AdminLoginFilter.login(server.getURI(), "demo-werkgever", "demo-wachtwoord");
            Map<String, Object> me = http.retrieve(HttpRequest.GET("/api/me").bearerAuth(employer), Map.class);
            long organisation = ((Number) me.get("organisationId")).longValue();
            List<Map<String, Object>> history = http.retrieve(HttpRequest.GET("/api/organisations/" + organisation
                    + "/history?questionnaire=vpt-8-maatregelen").bearerAuth(employer),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            assertTrue(history.size() >= 2, "a trend: " + history.size() + " submitted self-assessments");

            String inspector = AdminLoginFilter.login(server.getURI(), "demo-inspecteur", "demo-wachtwoord");
            Map<String, Object> comparison = http.retrieve(HttpRequest.GET("/api/organisations/" + organisation
                    + "/comparison").bearerAuth(inspector), Map.class);
            assertEquals(8, ((List<?>) comparison.get("topics")).size());
            assertEquals("SHARED", comparison.get("selfAssessment"), "the demo employer shares its self-assessment");
            assertNotNull(comparison.get("selfAssessmentId"));

            List<Map<String, Object>> demands = http.retrieve(HttpRequest.GET("/api/organisations/" + organisation
                    + "/demands").bearerAuth(employer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            assertEquals(List.of("m5"), demands.stream().map(d -> d.get("topic")).toList(), "the re-inspection's eis is open");
            List<Map<String, Object>> audits = http.retrieve(HttpRequest.GET("/api/organisations/" + organisation
                    + "/assessments").bearerAuth(inspector), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            long followUp = audits.stream().filter(a -> "AUDIT".equals(a.get("kind")))
                    .mapToLong(a -> ((Number) a.get("id")).longValue()).max().orElseThrow();
            Map<String, Object> review = http.retrieve(HttpRequest.GET("/api/assessments/" + followUp + "/reinspection")
                    .bearerAuth(inspector), Map.class);
            Map<String, Object> repeat = ((List<Map<String, Object>>) review.get("demands")).stream()
                    .filter(d -> Boolean.TRUE.equals(d.get("repeat"))).findFirst().orElseThrow();
            assertEquals("m5", repeat.get("topic"));
            assertEquals(1500, ((Map<String, Object>) repeat.get("indicativeFine")).get("amount"), "850 employees pay it all");
            List<Map<String, Object>> awaiting = http.retrieve(HttpRequest.GET("/api/demands/awaiting-follow-up")
                    .bearerAuth(inspector), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            assertEquals(List.of("m3"), awaiting.stream().map(d -> d.get("topic")).toList(), "an eis awaits its re-inspection");
            String inspectorPage = http.retrieve(HttpRequest.GET("/").cookie(io.micronaut.http.cookie.Cookie.of("JWT", inspector))
                    .accept("text/html"));
            assertTrue(inspectorPage.contains("Hercontrole nodig bij Gemeente Noorderwaard"), "the inspector's to-do");

            String admin = AdminLoginFilter.login(server.getURI(), "demo-beheerder", "demo-wachtwoord");
            String page = http.retrieve(HttpRequest.GET("/").cookie(io.micronaut.http.cookie.Cookie.of("JWT", admin))
                    .accept("text/html"));
            assertTrue(page.contains("Voorbeeld"), "the admin's dashboard shows the demo data");
        }
    }
}
