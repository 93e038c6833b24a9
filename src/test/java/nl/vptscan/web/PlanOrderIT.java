package nl.vptscan.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import nl.vptscan.evidence.Documents;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan as the law wants it: actions depend on what must come first and are not due before it, carry a role,
 * risk or job group and check; a dependency edited into a circle or onto a missing action is refused in the API,
 * the workbook and the page; the plan records its adoption and the works council's consultation, audited and shown
 * in page and workbook; the workbook lists each answer's attached documents.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanOrderIT {

    private static final String QUESTION = "vpt8.m1.q1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    String user;
    long assessment;
    Browser browser;

    @BeforeAll
    void submittedAssessmentWithADocument() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Volgordegemeente", null);
        user = fixture.user("volgorde-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        assessment = fixture.draft(organisation, "SELF", null);
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", topic -> true,
                LocalDate.now().minusYears(3)));
        client.toBlocking().exchange(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)));
        client.toBlocking().exchange(HttpRequest.POST("/api/assessments/" + assessment + "/attachments", MultipartBody.builder()
                .addPart("questionId", QUESTION).addPart("file", "huisregels.pdf", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                        Documents.pdf()).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        client.toBlocking().exchange(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void actionsDependOnWhatComesFirstAndAreNotDueBeforeIt() {
        List<Map<String, Object>> plan = plan();
        Map<Integer, Map<String, Object>> byNumber = new LinkedHashMap<>();
        plan.forEach(a -> byNumber.put(number(a), a));
        Map<String, Object> visible = dependent(plan);
        assertEquals(List.of("VPT8-M1-01"), numbers(visible.get("dependsOn")).stream()
                .map(n -> byNumber.get(n).get("ruleId")).toList(), "the house rules come first");
        int dependent = 0;
        for (Map<String, Object> action : plan) {
            for (int first : numbers(action.get("dependsOn"))) {
                dependent++;
                LocalDate before = LocalDate.parse((String) byNumber.get(first).get("dueDate"));
                assertFalse(LocalDate.parse((String) action.get("dueDate")).isBefore(before),
                        action.get("ruleId") + " is due before action " + first + " it depends on");
            }
        }
        assertTrue(dependent >= 1, dependent + " dependencies");
        for (String field : List.of("roleNl", "roleEn", "riskGroupNl", "riskGroupEn", "completionCheckNl", "completionCheckEn")) {
            assertTrue(visible.get(field) instanceof String text && !text.isBlank(), field + " of " + visible);
        }
        assertEquals("Directie", houseRules(plan).get("roleNl"));
        assertEquals("Management", houseRules(plan).get("roleEn"));
    }

    @Test
    @Order(2)
    void theApiRefusesACircleAndAMissingActionWithACodedFieldError() {
        List<Map<String, Object>> plan = plan();
        Map<String, Object> houseRules = byRule(plan, "VPT8-M1-01");
        Map<String, Object> visible = dependent(plan);
        HttpClientResponseException circle = assertThrows(HttpClientResponseException.class, () -> patch(houseRules,
                Map.of("dependsOn", List.of(number(visible)))));
        assertEquals(400, circle.getStatus().getCode(), circle.getResponse().getBody(String.class).orElse(""));
        String body = circle.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("plan.dependsOn.circle") && body.contains("\"dependsOn\""), body);
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class, () -> patch(houseRules,
                Map.of("dependsOn", List.of(999))));
        assertTrue(missing.getResponse().getBody(String.class).orElseThrow().contains("plan.dependsOn.missing"));
        assertEquals(List.of(), numbers(byRule(plan(), "VPT8-M1-01").get("dependsOn")), "nothing was changed");

        Map<String, Object> edited = patch(visible, Map.of("dependsOn", "1, " + number(houseRules)));
        assertTrue(numbers(edited.get("dependsOn")).contains(1));
        patch(visible, Map.of("dependsOn", List.of(number(houseRules))));
    }

    @Test
    @Order(3)
    void theAdoptionIsRecordedCheckedAndAudited() {
        HttpClientResponseException none = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET(adoptionPath()), String.class));
        assertEquals(404, none.getStatus().getCode());
        String today = LocalDate.now().toString();
        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.PUT(adoptionPath(), Map.of("adoptedBy", " ", "adoptedOn", LocalDate.now().minusDays(5)
                        .toString(), "worksCouncilConsulted", true, "worksCouncilOn", today)), String.class));
        String body = wrong.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("plan.adoption.adoptedBy") && body.contains("plan.adoption.councilAfterAdoption"), body);

        client.toBlocking().exchange(HttpRequest.PUT(adoptionPath(), Map.of("adoptedBy", "Directie, J. de Vries",
                "adoptedOn", today, "worksCouncilConsulted", true, "worksCouncilOn", LocalDate.now().minusDays(7).toString())));
        @SuppressWarnings("unchecked")
        Map<String, Object> adoption = client.toBlocking().retrieve(HttpRequest.GET(adoptionPath()), Map.class);
        assertEquals("Directie, J. de Vries", adoption.get("adoptedBy"));
        assertEquals(true, adoption.get("worksCouncilConsulted"));
        String audit = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/audit"));
        assertTrue(audit.contains("plan adoptedBy") && audit.contains("Directie, J. de Vries"), audit);
    }

    @Test
    @Order(4)
    void theWorkbookShowsTheNewColumnsTheAdoptionAndTheDocumentsAndRefusesACircle() throws Exception {
        byte[] workbook = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan.xlsx"),
                byte[].class);
        Map<String, Object> houseRules = byRule(plan(), "VPT8-M1-01");
        Map<String, Object> visible = dependent(plan());
        byte[] circular;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            Sheet sheet = book.getSheet("Plan van aanpak");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(format.formatCellValue(c)));
            for (String header : List.of("Hangt af van", "Rol", "Risico/functiegroep", "Controle")) {
                assertTrue(headers.contains(header), headers.toString());
            }
            int depends = headers.indexOf("Hangt af van");
            Row visibleRow = rowOf(sheet, headers.indexOf("Nr"), number(visible), format);
            assertEquals(String.valueOf(number(houseRules)), format.formatCellValue(visibleRow.getCell(depends)));
            assertEquals(visible.get("roleNl"), format.formatCellValue(visibleRow.getCell(headers.indexOf("Rol"))));
            String summary = text(book.getSheet("Samenvatting"), format);
            assertTrue(summary.contains("Directie, J. de Vries") && summary.contains("Ondernemingsraad geraadpleegd"), summary);
            String answers = text(book.getSheet("Antwoorden"), format);
            assertTrue(answers.matches("(?s).*huisregels\\.pdf \\(PDF, \\d+ kB, \\d{1,2}-\\d{1,2}-\\d{4}\\).*"), answers);

            Row houseRulesRow = rowOf(sheet, headers.indexOf("Nr"), number(houseRules), format);
            houseRulesRow.getCell(depends).setCellValue(String.valueOf(number(visible)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            circular = out.toByteArray();
        }
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/assessments/" + assessment + "/plan.xlsx", circular)
                        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), String.class));
        assertEquals(400, refused.getStatus().getCode());
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("plan.dependsOn.circle"));
        assertEquals(List.of(), numbers(byRule(plan(), "VPT8-M1-01").get("dependsOn")), "nothing was changed");

        @SuppressWarnings("unchecked")
        Map<String, Object> unchanged = client.toBlocking().retrieve(HttpRequest.POST("/api/assessments/" + assessment
                + "/plan.xlsx", workbook).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Map.class);
        assertEquals(0, ((Number) unchanged.get("changed")).intValue(), "the workbook as downloaded changes nothing");
    }

    @Test
    @Order(5)
    void thePageShowsTheOrderAndRecordsTheAdoption() throws Exception {
        browser = new Browser(server.getURL());
        browser.login(user, PageFixture.PASSWORD);
        browser.open("/beoordelingen/" + assessment + "/plan");
        Map<String, Object> houseRules = byRule(plan(), "VPT8-M1-01");
        Map<String, Object> visible = dependent(plan());
        assertEquals(String.valueOf(number(houseRules)),
                browser.find("#depends-" + id(visible)).getAttribute("value"));
        assertTrue(browser.find("#actie-" + id(visible)).getText().contains((String) visible.get("riskGroupNl")));
        assertTrue(browser.find("#adoption-facts").getText().contains("Directie, J. de Vries"));
        PageChecks.check(browser, "plan-volgorde-vaststelling");

        browser.find("#depends-" + id(houseRules)).clear();
        browser.find("#depends-" + id(houseRules)).sendKeys(String.valueOf(number(visible)));
        browser.submit(browser.find("#plan-save"));
        assertTrue(browser.find("#errors-" + id(houseRules)).getText().contains("in een kring van elkaar af"),
                browser.find("#errors-" + id(houseRules)).getText());
        assertEquals(List.of(), numbers(byRule(plan(), "VPT8-M1-01").get("dependsOn")), "nothing was changed");

        browser.open("/beoordelingen/" + assessment + "/plan");
        browser.find("#adopted-by").clear();
        browser.find("#adopted-on").clear();
        // the server's refusal, not the browser's own check of required fields, is what this tests
        browser.script("document.querySelectorAll('#adoption-form [required]').forEach(e => e.removeAttribute('required'));");
        browser.submit(browser.find("#adoption-save"));
        assertTrue(browser.find("#adopted-by-error").getText().startsWith("Vul in wie het plan heeft vastgesteld"));
        PageChecks.check(browser, "plan-vaststelling-fout");
        browser.find("#adopted-by").sendKeys("Gemeentesecretaris");
        browser.script("document.getElementById('adopted-on').value = arguments[0];", LocalDate.now().toString());
        browser.find("#consulted-no").click();
        browser.script("document.getElementById('council-on').value = '';");
        browser.submit(browser.find("#adoption-save"));
        assertTrue(browser.find("#adoption-saved").isDisplayed());
        assertTrue(browser.find("#adoption-facts").getText().contains("Gemeentesecretaris"));
        assertEquals(false, client.toBlocking().retrieve(HttpRequest.GET(adoptionPath()), Map.class)
                .get("worksCouncilConsulted"));
        assertFalse(browser.driver.findElements(By.cssSelector("#adoption-errors")).size() > 0);
    }

    private static Row rowOf(Sheet sheet, int column, int number, DataFormatter format) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && format.formatCellValue(row.getCell(column)).equals(String.valueOf(number))) {
                return row;
            }
        }
        throw new AssertionError("no row for action " + number);
    }

    private static String text(Sheet sheet, DataFormatter format) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(format.formatCellValue(cell)).append(' ');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private String adoptionPath() {
        return "/api/assessments/" + assessment + "/plan/adoption";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> patch(Map<String, Object> action, Map<String, Object> patch) {
        return client.toBlocking().retrieve(HttpRequest.PATCH("/api/assessments/" + assessment + "/plan/actions/"
                + id(action), patch), Map.class);
    }

    private List<Map<String, Object>> plan() {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static Map<String, Object> houseRules(List<Map<String, Object>> plan) {
        return byRule(plan, "VPT8-M1-01");
    }

    /** The first action of the house rules' (VPT8-M1-01) dependants in the plan. */
    private static Map<String, Object> dependent(List<Map<String, Object>> plan) {
        int houseRules = number(byRule(plan, "VPT8-M1-01"));
        return plan.stream().filter(a -> numbers(a.get("dependsOn")).equals(List.of(houseRules))).findFirst()
                .orElseThrow(() -> new AssertionError("no action depends on the house rules alone: " + plan));
    }

    private static Map<String, Object> byRule(List<Map<String, Object>> plan, String rule) {
        return plan.stream().filter(a -> rule.equals(a.get("ruleId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no action for " + rule));
    }

    private static int number(Map<String, Object> action) {
        return ((Number) action.get("position")).intValue() + 1;
    }

    private static long id(Map<String, Object> action) {
        return ((Number) action.get("id")).longValue();
    }

    private static List<Integer> numbers(Object value) {
        return value == null ? List.of() : ((List<?>) value).stream().map(n -> ((Number) n).intValue()).toList();
    }
}
