package nl.vptscan.questionnaire;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.Test;

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
    void swaggerUiIsServed() {
        String page = client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui").header(AdminLoginFilter.ANONYMOUS, "true"));
        assertTrue(page.contains("swagger"), page.substring(0, Math.min(300, page.length())));
    }
}
