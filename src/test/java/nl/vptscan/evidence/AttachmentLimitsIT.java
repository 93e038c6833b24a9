package nl.vptscan.evidence;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The size limits are configurable: per file and for all attachments of one assessment. */
@MicronautTest(transactional = false)
@Property(name = "vptscan.attachments.max-file-mb", value = "1")
@Property(name = "vptscan.attachments.max-assessment-mb", value = "2")
class AttachmentLimitsIT {

    private static final int MB = 1024 * 1024;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aFileAboveTheConfiguredLimitIsRefused() {
        long draft = draft();
        HttpClientResponseException e = refused(draft, Documents.pdf(MB + 1));
        assertEquals(413, e.code());
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("larger than 1 MB"));
        assertEquals(201, http().exchange(AttachmentIT.upload(draft, AttachmentIT.QUESTION, "precies.pdf", Documents.pdf(MB))).code());
    }

    @Test
    void anAssessmentHoldsNoMoreThanTheConfiguredTotal() {
        long draft = draft();
        assertEquals(201, http().exchange(AttachmentIT.upload(draft, AttachmentIT.QUESTION, "een.pdf", Documents.pdf(900_000))).code());
        assertEquals(201, http().exchange(AttachmentIT.upload(draft, "vpt8.m2.q1", "twee.pdf", Documents.pdf(900_000))).code());
        HttpClientResponseException e = refused(draft, Documents.pdf(400_000));
        assertEquals(413, e.code());
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("more than 2 MB"));
        List<Map<String, Object>> listed = http().retrieve(HttpRequest.GET("/api/assessments/" + draft + "/attachments"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(2, listed.size());
    }

    private HttpClientResponseException refused(long draft, byte[] content) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(
                AttachmentIT.upload(draft, AttachmentIT.QUESTION, "te groot.pdf", content), String.class));
    }

    private long draft() {
        Map<?, ?> org = http().retrieve(HttpRequest.POST("/api/organisations", Map.of("name", "Gemeente Grens "
                + UUID.randomUUID(), "sector", "gemeente", "employees", 100)), Map.class);
        Map<?, ?> assessment = http().retrieve(HttpRequest.POST("/api/organisations/" + org.get("id") + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), Map.class);
        return ((Number) assessment.get("id")).longValue();
    }

    private BlockingHttpClient http() {
        return client.toBlocking();
    }
}
