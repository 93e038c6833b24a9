package nl.vptscan.questionnaire;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes the API, and Swagger UI shows it, without a login. */
@MicronautTest(transactional = false)
class OpenApiIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void openApiDocumentListsTheEndpoints() {
        String spec = client.toBlocking().retrieve(HttpRequest.GET("/swagger/vpt-scan-0.1.yml")
                .header(AdminLoginFilter.ANONYMOUS, "true"));
        assertTrue(spec.contains("/api/assessments/{id}/submit"), spec.substring(0, Math.min(300, spec.length())));
        assertTrue(spec.contains("/api/score/{questionnaireId}"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesTheBearerLogin() {
        Map<String, Object> spec = spec();
        Map<String, Object> scheme = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec
                .get("components")).get("securitySchemes")).get("bearerAuth");
        assertEquals("http", scheme.get("type"));
        assertEquals("bearer", scheme.get("scheme"));
        assertEquals("JWT", scheme.get("bearerFormat"));
        assertEquals(List.of(Map.of("bearerAuth", List.of())), spec.get("security"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDescribesItsProblems() {
        Map<String, Object> spec = spec();
        assertTrue(((Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas")).containsKey("Problem"));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation.getValue()).get("responses");
                for (String status : List.of("400", "401", "403", "404", "409", "422")) {
                    Map<String, Object> response = (Map<String, Object>) responses.get(status);
                    String where = operation.getKey() + " " + path.getKey() + " " + status;
                    assertTrue(response != null, where);
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertTrue(content != null && content.containsKey("application/problem+json"), where);
                    assertEquals("#/components/schemas/Problem", ((Map<String, Object>) ((Map<String, Object>) content
                            .get("application/problem+json")).get("schema")).get("$ref"), where);
                }
                operations++;
            }
        }
        assertTrue(operations > 20, "API operations described: " + operations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void leavesThePagesOut() {
        Map<String, Object> paths = (Map<String, Object>) spec().get("paths");
        List<String> pages = paths.keySet().stream().filter(p -> !p.startsWith("/api/") && !p.equals("/login")).toList();
        assertEquals(List.of(), pages);
    }

    private Map<String, Object> spec() {
        return new Yaml().load(client.toBlocking().retrieve(HttpRequest.GET("/swagger/vpt-scan-0.1.yml")
                .header(AdminLoginFilter.ANONYMOUS, "true")));
    }

    @Test
    void swaggerUiIsServed() {
        String page = client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui").header(AdminLoginFilter.ANONYMOUS, "true"));
        assertTrue(page.contains("swagger"), page.substring(0, Math.min(300, page.length())));
    }
}
