package nl.vptscan.evidence;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents attached to answers: stored in the database, typed by their bytes, read only by those who read the
 * answers, changed only while the assessment is a draft, and every change in the audit trail.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentIT {

    static final String QUESTION = "vpt8.m1.q1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    BlockingHttpClient http;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    long org;
    String employer;
    String otherEmployer;
    String inspectorName;
    String inspector;

    @BeforeAll
    void organisationsAndUsers() throws Exception {
        http = client.toBlocking();
        org = id(as(HttpRequest.POST("/api/organisations", Map.of("name", "Gemeente Bewijs " + suffix,
                "sector", "gemeente", "employees", 300)), null));
        long otherOrg = id(as(HttpRequest.POST("/api/organisations", Map.of("name", "Gemeente Elders " + suffix,
                "sector", "gemeente", "employees", 300)), null));
        employer = token(user("werkgever", "EMPLOYER", Map.of("organisationId", org)));
        otherEmployer = token(user("werkgever-x", "EMPLOYER", Map.of("organisationId", otherOrg)));
        inspectorName = user("inspecteur", "INSPECTOR", Map.of());
        inspector = token(inspectorName);
    }

    @Test
    void aPdfAttachedToAnAnswerIsListedAndDownloadedAsUploaded() {
        long draft = draft();
        byte[] pdf = Documents.pdf(2_500_000);
        HttpResponse<Map> created = http.exchange(upload(draft, QUESTION, "../Beleid agressie\u0007 2026.pdf", pdf)
                .bearerAuth(employer), Map.class);
        assertEquals(201, created.code());
        Map<?, ?> attachment = created.body();
        assertEquals("Beleid agressie 2026.pdf", attachment.get("fileName"));
        assertEquals("application/pdf", attachment.get("contentType"));
        assertEquals(pdf.length, ((Number) attachment.get("size")).intValue());
        assertEquals(QUESTION, attachment.get("questionId"));

        List<Map<String, Object>> listed = list(draft, employer);
        assertEquals(1, listed.size());
        HttpResponse<byte[]> download = http.exchange(HttpRequest.GET(created.header("Location")).bearerAuth(employer),
                byte[].class);
        assertArrayEquals(pdf, download.body(), "the content over three chunks");
        assertEquals("application/pdf", download.getContentType().orElseThrow().toString());
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"), download.header("Content-Disposition"));
    }

    @Test
    void theContentTypeComesFromTheBytesNotTheClient() {
        long draft = draft();
        Map<?, ?> attachment = http.retrieve(upload(draft, QUESTION, "poster", Documents.image("png"), MediaType.APPLICATION_PDF_TYPE)
                .bearerAuth(employer), Map.class);
        assertEquals("image/png", attachment.get("contentType"));
        assertEquals("poster.png", attachment.get("fileName"));
    }

    @Test
    void aProgramNamedPdfIsRefusedAndNothingStored() {
        long draft = draft();
        int events = audit(draft).size();
        HttpClientResponseException refused = refused(upload(draft, QUESTION, "beleid.pdf", Documents.exe()).bearerAuth(employer));
        assertEquals(415, refused.code());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"field\":\"file\"") && body.contains(".pdf"), body);
        assertEquals(List.of(), list(draft, employer));
        assertEquals(events, audit(draft).size(), "no audit event for a refused file");
    }

    @Test
    void badUploadsNameWhatIsWrong() {
        long draft = draft();
        assertEquals(400, refused(upload(draft, "vpt8.m99.q9", "beleid.pdf", Documents.pdf()).bearerAuth(employer)).code());
        assertEquals(400, refused(upload(draft, QUESTION, "leeg.pdf", new byte[0]).bearerAuth(employer)).code());
        assertEquals(400, refused(upload(draft, QUESTION, "geheim.pdf", Documents.encryptedPdf()).bearerAuth(employer)).code());
        assertEquals(400, refused(HttpRequest.POST("/api/assessments/" + draft + "/attachments",
                MultipartBody.builder().addPart("questionId", QUESTION).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(employer)).code());
        assertEquals(List.of(), list(draft, employer));
    }

    @Test
    void anotherOrganisationsEmployerNeitherSeesNorChangesTheAttachments() {
        long draft = draft();
        String location = http.exchange(upload(draft, QUESTION, "beleid.pdf", Documents.pdf()).bearerAuth(employer), Map.class)
                .header("Location");
        assertEquals(403, status(HttpRequest.GET(location), otherEmployer));
        assertEquals(403, status(HttpRequest.GET("/api/assessments/" + draft + "/attachments"), otherEmployer));
        assertEquals(403, status(HttpRequest.DELETE(location), otherEmployer));
        assertEquals(403, status(upload(draft, QUESTION, "x.pdf", Documents.pdf()), otherEmployer));
        assertEquals(403, status(HttpRequest.GET(location), inspector), "not shared with the inspector");
        assertEquals(1, list(draft, employer).size());
    }

    @Test
    void anInspectorReadsTheAttachmentsOfASharedSelfAssessmentOnly() {
        long draft = draft();
        String location = http.exchange(upload(draft, QUESTION, "beleid.pdf", Documents.pdf()).bearerAuth(employer), Map.class)
                .header("Location");
        submit(draft);
        assertEquals(403, status(HttpRequest.GET(location), inspector));
        as(HttpRequest.POST("/api/assessments/" + draft + "/shares", Map.of("inspector", inspectorName)), employer);
        assertEquals(200, status(HttpRequest.GET(location), inspector));
        assertEquals(1, list(draft, inspector).size());
        assertEquals(403, status(HttpRequest.DELETE(location), inspector));
    }

    @Test
    void theAttachmentsOfASubmittedAssessmentAreReadOnly() {
        long draft = draft();
        String location = http.exchange(upload(draft, QUESTION, "beleid.pdf", Documents.pdf()).bearerAuth(employer), Map.class)
                .header("Location");
        submit(draft);
        assertEquals(409, status(upload(draft, QUESTION, "nog een.pdf", Documents.pdf()), employer));
        assertEquals(409, status(HttpRequest.DELETE(location), employer));
        assertEquals(1, list(draft, employer).size());
    }

    @Test
    void uploadAndRemovalAreInTheAuditTrail() {
        long draft = draft();
        String location = http.exchange(upload(draft, QUESTION, "protocol.docx", Documents.docx()).bearerAuth(employer), Map.class)
                .header("Location");
        assertEquals(204, status(HttpRequest.DELETE(location), employer));
        assertEquals(404, status(HttpRequest.GET(location), employer));
        List<Map<String, Object>> events = audit(draft).stream().filter(e -> "ATTACHMENT".equals(e.get("kind"))).toList();
        assertEquals(2, events.size(), events.toString());
        assertEquals(QUESTION, events.get(0).get("subject"));
        assertTrue(String.valueOf(events.get(0).get("newValue")).startsWith("protocol.docx ("), events.toString());
        assertEquals(events.get(0).get("newValue"), events.get(1).get("oldValue"));
        assertEquals("werkgever-" + suffix, events.get(1).get("actor"));
        assertEquals(List.of(), list(draft, employer));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    static MutableHttpRequest<?> upload(long assessment, String question, String name, byte[] content) {
        return upload(assessment, question, name, content, MediaType.APPLICATION_OCTET_STREAM_TYPE);
    }

    static MutableHttpRequest<?> upload(long assessment, String question, String name, byte[] content, MediaType type) {
        return HttpRequest.POST("/api/assessments/" + assessment + "/attachments", MultipartBody.builder()
                .addPart("questionId", question).addPart("file", name, type, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private long draft() {
        return id(as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), employer));
    }

    private void submit(long assessment) {
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", topic -> false,
                LocalDate.now().minusMonths(2)));
        as(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)), employer);
        as(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()), employer);
    }

    private List<Map<String, Object>> list(long assessment, String token) {
        return http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/attachments").bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private List<Map<String, Object>> audit(long assessment) {
        return http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/audit").bearerAuth(employer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        try {
            http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("the upload was accepted");
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

    private String user(String name, String role, Map<String, Object> binding) {
        Map<String, Object> body = new LinkedHashMap<>(binding);
        body.put("username", name + "-" + suffix);
        body.put("password", "long-enough-password");
        body.put("role", role);
        as(HttpRequest.POST("/api/users", body), null);
        return name + "-" + suffix;
    }

    private String token(String username) throws Exception {
        return AdminLoginFilter.login(server.getURI(), username, "long-enough-password");
    }

    private static <T extends MutableHttpRequest<?>> T auth(T request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    private Map<?, ?> as(MutableHttpRequest<?> request, String token) {
        return http.retrieve(auth(request, token), Map.class);
    }

    private int status(MutableHttpRequest<?> request, String token) {
        try {
            return http.exchange(auth(request, token), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
