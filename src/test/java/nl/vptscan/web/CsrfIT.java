package nl.vptscan.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state change that the login cookie alone authenticates needs the form token (field {@code _csrf}, multipart
 * part {@code _csrf} or header {@code X-CSRF-Token}) and no foreign Origin; with a bearer header none is needed.
 * Each refused request is checked to have changed nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int OWNER = 7;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    long org;
    long assessment;
    long action;
    String jwt;
    String token;
    final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void employerWithASubmittedAssessment() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        org = fixture.organisation("Tokengemeente", null);
        String employer = fixture.user("csrf-emp", "EMPLOYER", Map.of("organisationId", org));
        jwt = fixture.token(employer);
        assessment = fixture.submitted(org, "SELF", null);
        action = fixture.firstAction(assessment);
        Matcher matcher = CSRF.matcher(send(cookie("/").header("Accept", "text/html").GET()).body());
        assertTrue(matcher.find(), "the start page carries the form token");
        token = matcher.group(1);
    }

    @Nested
    class JsonApi {

        @Test
        void cookieAloneCannotStartAnAssessment() throws Exception {
            int before = assessments();
            assertEquals(403, send(cookie(startPath()).POST(json(startBody()))).statusCode());
            assertEquals(before, assessments());
        }

        @Test
        void cookieWithTheTokenHeaderStartsAnAssessment() throws Exception {
            assertEquals(201, send(cookie(startPath()).header("X-CSRF-Token", token).POST(json(startBody()))).statusCode());
        }

        @Test
        void bearerStartsAnAssessmentWithoutToken() throws Exception {
            assertEquals(201, send(bearer(startPath()).POST(json(startBody()))).statusCode());
        }

        @Test
        void cookieAloneCannotChangeAnOwner() throws Exception {
            String before = owner();
            assertEquals(403, send(cookie(actionPath()).method("PATCH", json("{\"owner\":\"Aanvaller\"}"))).statusCode());
            assertEquals(before, owner());
        }

        @Test
        void aWrongTokenIsRefused() throws Exception {
            String before = owner();
            assertEquals(403, send(cookie(actionPath()).header("X-CSRF-Token", token + "x")
                    .method("PATCH", json("{\"owner\":\"Aanvaller\"}"))).statusCode());
            assertEquals(before, owner());
        }

        @Test
        void cookieWithTheTokenHeaderChangesAnOwner() throws Exception {
            assertEquals(200, send(cookie(actionPath()).header("X-CSRF-Token", token)
                    .method("PATCH", json("{\"owner\":\"Hoofd P&O\"}"))).statusCode());
            assertEquals("Hoofd P&O", owner());
        }

        @Test
        void aForeignOriginIsRefusedEvenWithTheToken() throws Exception {
            String before = owner();
            assertEquals(403, send(cookie(actionPath()).header("X-CSRF-Token", token).header("Origin", "https://evil.example")
                    .method("PATCH", json("{\"owner\":\"Aanvaller\"}"))).statusCode());
            assertEquals(403, send(cookie(actionPath()).header("X-CSRF-Token", token)
                    .header("Referer", "https://evil.example/page").method("PATCH", json("{\"owner\":\"Aanvaller\"}"))).statusCode());
            assertEquals(before, owner());
        }

        @Test
        void ownOriginIsAccepted() throws Exception {
            String origin = "http://" + server.getHost() + ":" + server.getPort();
            assertEquals(200, send(cookie(actionPath()).header("X-CSRF-Token", token).header("Origin", origin)
                    .method("PATCH", json("{\"owner\":\"Teamleider\"}"))).statusCode());
            assertEquals("Teamleider", owner());
        }
    }

    @Nested
    class Rescore {

        @Test
        void cookieAloneMakesNoResult() throws Exception {
            int before = results();
            assertEquals(403, send(cookie(rescorePath()).POST(json("{}"))).statusCode());
            assertEquals(403, send(cookie(rescorePath()).POST(BodyPublishers.noBody())).statusCode());
            assertEquals(before, results());
        }

        @Test
        void cookieWithTheTokenHeaderRescores() throws Exception {
            int before = results();
            assertEquals(201, send(cookie(rescorePath()).header("X-CSRF-Token", token).POST(json("{}"))).statusCode());
            assertEquals(before + 1, results());
        }

        @Test
        void bearerRescoresWithoutToken() throws Exception {
            int before = results();
            assertEquals(201, send(bearer(rescorePath()).POST(json("{}"))).statusCode());
            assertEquals(before + 1, results());
        }
    }

    @Nested
    class WorkbookUpload {

        @Test
        void cookieAloneCannotChangeAnOwnerByWorkbook() throws Exception {
            String before = owner();
            byte[] workbook = workbookWithOwner("Aanvaller");
            assertEquals(403, send(cookie(uploadPath()).setHeader("Content-Type", multipartType())
                    .POST(multipart(null, workbook))).statusCode());
            assertEquals(403, send(cookie(uploadPath()).setHeader("Content-Type", multipartType())
                    .POST(multipart("not-the-token", workbook))).statusCode());
            assertEquals(before, owner());
        }

        @Test
        void theTokenAsAPartLetsTheWorkbookIn() throws Exception {
            byte[] workbook = workbookWithOwner("Preventiemedewerker");
            assertEquals(200, send(cookie(uploadPath()).setHeader("Content-Type", multipartType())
                    .POST(multipart(token, workbook))).statusCode());
            assertEquals("Preventiemedewerker", owner());
        }

        @Test
        void bearerUploadsWithoutToken() throws Exception {
            byte[] workbook = workbookWithOwner("Directeur");
            assertEquals(200, send(bearer(uploadPath()).setHeader("Content-Type", multipartType())
                    .POST(multipart(null, workbook))).statusCode());
            assertEquals("Directeur", owner());
        }
    }

    @Nested
    class PageForms {

        @Test
        void aPageFormWithoutTokenChangesNothing() throws Exception {
            String before = owner();
            assertEquals(403, send(page(pageActionPath()).POST(form("owner:" + action + "=Aanvaller&status:" + action + "=OPEN&version:" + action + "=0"))).statusCode());
            assertEquals(before, owner());
        }

        @Test
        void aPageFormWithTheTokenSaves() throws Exception {
            HttpResponse<String> response = send(page(pageActionPath())
                    .POST(form("_csrf=" + token + "&owner:" + action + "=Afdelingshoofd&dueDate:" + action + "=2030-01-01&status:"
                            + action + "=OPEN&version:" + action + "=" + version())));
            assertEquals(303, response.statusCode(), response.body());
            assertEquals("Afdelingshoofd", owner());
        }

        @Test
        void theLoginPageWorksWithItsPreLoginToken() throws Exception {
            HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/inloggen")).header("Accept", "text/html").GET());
            String preLogin = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CSRF="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
            Matcher matcher = CSRF.matcher(login.body());
            assertTrue(matcher.find());
            String body = "_csrf=" + matcher.group(1) + "&username=" + fixture.user("csrf-login", "EMPLOYER",
                    Map.of("organisationId", org)) + "&password=" + PageFixture.PASSWORD;
            HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/inloggen")).header("Accept", "text/html")
                    .header("Cookie", preLogin).header("Content-Type", "application/x-www-form-urlencoded").POST(form(body)));
            assertEquals(303, posted.statusCode(), posted.body());
            assertTrue(posted.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JWT=")));
            assertEquals(403, send(HttpRequest.newBuilder(uri("/inloggen")).header("Accept", "text/html")
                    .header("Cookie", preLogin).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form("username=x&password=y"))).statusCode());
        }
    }

    private String startPath() {
        return "/api/organisations/" + org + "/assessments";
    }

    private static String startBody() {
        return "{\"questionnaireId\":\"vpt-8-maatregelen\",\"kind\":\"SELF\"}";
    }

    private String actionPath() {
        return "/api/assessments/" + assessment + "/plan/actions/" + action;
    }

    private String pageActionPath() {
        return "/beoordelingen/" + assessment + "/plan/acties";
    }

    private String rescorePath() {
        return "/api/assessments/" + assessment + "/rescore";
    }

    private String uploadPath() {
        return "/api/assessments/" + assessment + "/plan.xlsx";
    }

    private int assessments() {
        return client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET(startPath()), Argument.listOf(Map.class)).size();
    }

    private int results() {
        return client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/assessments/" + assessment + "/results"),
                Argument.listOf(Map.class)).size();
    }

    private String owner() {
        return String.valueOf(action().get("owner"));
    }

    private long version() {
        return ((Number) action().get("version")).longValue();
    }

    private Map<String, Object> action() {
        List<Map<String, Object>> plan = client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET(
                "/api/assessments/" + assessment + "/plan"), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return plan.stream().filter(a -> ((Number) a.get("id")).longValue() == action).findFirst().orElseThrow();
    }

    private byte[] workbookWithOwner(String owner) throws IOException, InterruptedException {
        byte[] download = http.send(bearer(uploadPath()).GET().build(), BodyHandlers.ofByteArray()).body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download))) {
            var sheet = workbook.getSheet("Plan van aanpak");
            int id = -1;
            for (var cell : sheet.getRow(0)) {
                if ("Actie-id".equals(cell.getStringCellValue())) {
                    id = cell.getColumnIndex();
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(id) != null && (long) row.getCell(id).getNumericCellValue() == action) {
                    row.getCell(OWNER).setCellValue(owner);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final String BOUNDARY = "----csrftest";

    private static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static HttpRequest.BodyPublisher multipart(String csrf, byte[] workbook) {
        List<byte[]> parts = new ArrayList<>();
        if (csrf != null) {
            parts.add(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        parts.add(workbook);
        parts.add(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return BodyPublishers.ofByteArrays(parts);
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return BodyPublishers.ofString(body);
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return BodyPublishers.ofString(body);
    }

    private URI uri(String path) {
        return server.getURI().resolve(path);
    }

    /** A request authenticated by the login cookie alone, as a browser sends it from any site. */
    private HttpRequest.Builder cookie(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", "JWT=" + jwt).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder bearer(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + jwt).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", "JWT=" + jwt).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
