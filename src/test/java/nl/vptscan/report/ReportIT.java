package nl.vptscan.report;

import io.micronaut.context.annotation.Property;
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
import nl.vptscan.evidence.Documents;
import nl.vptscan.improvementplan.Pdfs;
import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.LegalProvision;
import nl.vptscan.result.LevelScale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assessment report read back as its readers' tools read it: the .docx with POI and LibreOffice, the .pdf with
 * PDFBox; in Dutch and English; refused to another organisation's users as the result is.
 */
@MicronautTest(transactional = false)
// the first report of a JVM loads the PDF renderer's and POI's classes, which on a busy 2-core machine takes seconds
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {

    private static final LocalDate DEADLINE = LocalDate.now().plusDays(60);

    private static final String VPT8 = "vpt-8-maatregelen";
    private static final String DOCX = "/report.docx";
    private static final String PDF = "/report.pdf";
    private static final String ATTACHED = "vpt8.m1.q1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    BlockingHttpClient http;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    long org;
    long self;
    long audit;
    String employer;
    String otherEmployer;
    String coordinator;
    String inspector;

    @BeforeAll
    void anOrganisationInARegionWithTwoSelfAssessmentsAndAnAudit() throws Exception {
        http = client.toBlocking();
        long region = id(http.retrieve(HttpRequest.POST("/api/regions", Map.of("name", "Regio Rapport " + suffix)), Map.class));
        org = member(region, "Gemeente Één & Co " + suffix);
        for (int i = 0; i < 5; i++) {
            long other = member(region, "Buurgemeente " + i + " " + suffix);
            String weak = "m" + (i + 1);
            submit(draft(other, "SELF", null), weak::equals, null);
        }
        long otherOrg = id(http.retrieve(HttpRequest.POST("/api/organisations", Map.of("name", "Elders " + suffix,
                "sector", "gemeente", "employees", 80)), Map.class));
        employer = token(user("werkgever", "EMPLOYER", Map.of("organisationId", org)));
        otherEmployer = token(user("werkgever-x", "EMPLOYER", Map.of("organisationId", otherOrg)));
        coordinator = token(user("coordinator", "REGION_COORDINATOR", Map.of("regionId", region)));
        inspector = token(user("inspecteur", "INSPECTOR", Map.of()));

        submit(draft(org, "SELF", null), topic -> List.of("m1", "m2", "m3", "m5").contains(topic), null);
        self = draft(org, "SELF", null);
        submit(self, topic -> List.of("m1", "m2").contains(topic), () -> http.exchange(HttpRequest.POST(
                "/api/assessments/" + self + "/attachments", MultipartBody.builder().addPart("questionId", ATTACHED)
                        .addPart("file", "beleid agressie.pdf", MediaType.APPLICATION_PDF_TYPE, Documents.pdf()).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), Map.class));

        audit = draft(org, "AUDIT", inspector);
        http.exchange(HttpRequest.PUT("/api/assessments/" + audit + "/verdicts", Map.of("verdicts", Map.of(
                "m1", Map.of("verdict", "EIS", "note", "Geen beleid vastgesteld", "deadline", DEADLINE.toString()),
                "m2", Map.of("verdict", "IN_ORDE")))).bearerAuth(inspector));
        submit(audit, topic -> topic.equals("m1"), null, inspector);
    }

    @Test
    void wordReportInDutchNamesLevelsFindingsWithLegalBasisTheirAnswersThePlanAndTheDocuments() throws IOException {
        HttpResponse<byte[]> response = download(self, DOCX + "?lang=nl", employer);
        String name = response.header("Content-Disposition");
        assertTrue(name.matches("attachment; filename=\"rapport-gemeente-een-co-" + suffix + "-\\d{4}-\\d{2}-\\d{2}\\.docx\""), name);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = text(document);
            assertTrue(text.contains("Rapport zelfinspectie agressie en geweld"), text);
            assertTrue(text.contains(LevelScale.label(0, "nl")) && text.contains(LevelScale.label(3, "nl")), "levels in words");
            Map<String, Object> finding = firstFinding(self);
            for (String citation : ((String) finding.get("legal")).split(";\\s*")) {
                assertTrue(text.contains(citation), "legal basis " + citation);
            }
            assertTrue(text.contains(" — Nee"), "the answers behind a finding as words");
            assertFalse(text.contains("vpt8.m"), "no question ids");
            String action = (String) plan(self).get(0).get("measureNl");
            assertTrue(text.contains(action), "plan action " + action);
            assertTrue(text.contains("beleid agressie.pdf"), "the document attached to an answer");
            assertTrue(text.contains("Verandering sinds de vorige beoordeling") && text.contains("procentpunt"), "change");
            assertTrue(text.contains("Positie in de regio") && text.contains("Mediaan"), "region position");
            assertFalse(text.contains("Buurgemeente"), "no other member named");
            assertEquals(1, document.getCharts().size(), "the score chart");
            assertTrue(document.getFooterList().get(0).getText().contains("pagina"), "page x of y in the footer");
            assertTrue(document.getTables().get(0).getRows().size() > 3);
        }
    }

    @Test
    void pdfReportInEnglishIsTaggedWithItsFontEmbedded() throws IOException {
        HttpResponse<byte[]> response = download(self, PDF + "?lang=en", employer);
        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        assertTrue(response.header("Content-Disposition").contains("filename=\"report-gemeente-een-co-"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= 20, pages + " pages");
            // lines break where the page is full: read the text as one line
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Self-assessment report on aggression and violence"), text);
            assertTrue(text.contains(LevelScale.label(0, "en")), "levels in words");
            LegalCatalogue legal = LegalCatalogue.inRules(Path.of("rules"));
            String dutch = ((String) firstFinding(self).get("legal")).split(";\\s*")[0];
            String english = legal.all().stream().filter(p -> p.citation().nl().equals(dutch)).findFirst()
                    .map(LegalProvision::citation).orElseThrow().en();
            assertTrue(text.contains(english), "legal basis in English: " + english);
            assertTrue(text.contains("Position in the region") && text.contains("Change since the previous assessment"));
            assertTrue(text.contains("page 1 of " + pages), "page x of y");
            assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged");
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "structure tree");
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            for (PDPage page : pdf.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void libreOfficeConvertsTheWordReport(@TempDir Path dir) throws IOException, InterruptedException {
        Path docx = dir.resolve("rapport.docx");
        Files.write(docx, download(self, DOCX, employer).body());
        Path pdf = Pdfs.convert(docx, dir);
        int pages = Integer.parseInt(Pdfs.info(pdf).get("Pages"));
        assertTrue(pages >= 2 && pages <= 20, pages + " pages");
        assertTrue(Pdfs.text(pdf, 1).contains("Rapport zelfinspectie agressie en geweld"));
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target/rapport-libreoffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anotherOrganisationsEmployerIsRefusedAsForTheResult() {
        for (String format : List.of(DOCX, PDF)) {
            assertEquals(403, status(self, format, otherEmployer));
            assertEquals(status(self, "/result", otherEmployer), status(self, format, otherEmployer));
            assertEquals(404, status(999_999_999L, format, employer));
        }
        assertEquals(401, status(self, DOCX, null));
        assertEquals(400, status(self, DOCX + "?lang=fr", employer));
    }

    @Test
    void aCoordinatorGetsTheReportWithoutTheDocumentsBehindTheAnswers() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download(self, DOCX, coordinator).body()))) {
            String text = text(document);
            assertTrue(text.contains("Positie in de regio"));
            assertFalse(text.contains("beleid agressie.pdf") || text.contains("Bewijsstukken bij de antwoorden"), text);
        }
    }

    @Test
    void anAuditGivesAnInspectionReportWithTheVerdictPerTopic() throws IOException {
        HttpResponse<byte[]> response = download(audit, DOCX, inspector);
        assertTrue(response.header("Content-Disposition").contains("filename=\"inspectierapport-gemeente-een-co-"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = text(document);
            assertTrue(text.contains("Inspectierapport agressie en geweld") && text.contains("Oordeel per onderwerp"));
            var verdicts = document.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Oordeel van de inspecteur")).findFirst().orElseThrow();
            assertEquals(TestAnswers.questionnaire(VPT8).topics().size() + 1, verdicts.getRows().size(), "every topic");
            assertEquals("eis", verdicts.getRow(1).getCell(1).getText());
            assertEquals(DEADLINE.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(java.util.Locale.forLanguageTag("nl"))), verdicts.getRow(1).getCell(2).getText(), "the eis's deadline");
            assertEquals("", verdicts.getRow(2).getCell(2).getText(), "no deadline for in orde");
            assertEquals("Geen beleid vastgesteld", verdicts.getRow(1).getCell(3).getText());
            assertEquals("in orde", verdicts.getRow(2).getCell(1).getText());
            assertEquals("(nog geen oordeel)", verdicts.getRow(3).getCell(1).getText());
            assertFalse(text.contains("Positie in de regio"), "an audit is not in the region's figures");
        }
        assertEquals(403, status(audit, PDF, otherEmployer));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static String text(XWPFDocument document) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private HttpResponse<byte[]> download(long assessment, String path, String token) {
        return http.exchange(as(HttpRequest.GET("/api/assessments/" + assessment + path), token), byte[].class);
    }

    private int status(long assessment, String path, String token) {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/assessments/" + assessment + path);
        if (token == null) {
            request.header(AdminLoginFilter.ANONYMOUS, "true");
        }
        try {
            return http.exchange(as(request, token), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstFinding(long assessment) {
        Map<String, Object> stored = http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/result"), Map.class);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) ((Map<String, Object>) stored.get("result")).get("findings");
        return findings.stream().filter(f -> !((String) f.get("legal")).isBlank()).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> plan(long assessment) {
        return http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private long member(long region, String name) {
        long id = id(http.retrieve(HttpRequest.POST("/api/organisations", Map.of("name", name, "sector", "gemeente",
                "employees", 250, "regionId", region)), Map.class));
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + id, Map.of("since", "2024-01-01")), Map.class);
        return id;
    }

    private long draft(long organisation, String kind, String token) {
        return id(http.retrieve(as(HttpRequest.POST("/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", VPT8, "kind", kind)), token), Map.class));
    }

    private void submit(long assessment, Predicate<String> absent, Runnable beforeSubmit) {
        submit(assessment, absent, beforeSubmit, null);
    }

    private void submit(long assessment, Predicate<String> absent, Runnable beforeSubmit, String token) {
        Map<String, Object> answers = new LinkedHashMap<>();
        TestAnswers.values(VPT8, absent, LocalDate.now().minusMonths(2))
                .forEach((question, value) -> answers.put(question, Map.of("value", value)));
        http.exchange(as(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)), token));
        if (beforeSubmit != null) {
            beforeSubmit.run();
        }
        http.exchange(as(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()), token));
    }

    private String user(String name, String role, Map<String, Object> binding) {
        Map<String, Object> body = new LinkedHashMap<>(binding);
        body.put("username", name + "-" + suffix);
        body.put("password", "long-enough-password");
        body.put("role", role);
        http.exchange(HttpRequest.POST("/api/users", body));
        return name + "-" + suffix;
    }

    private String token(String username) throws Exception {
        return AdminLoginFilter.login(server.getURI(), username, "long-enough-password");
    }

    private static <T extends MutableHttpRequest<?>> T as(T request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

}
