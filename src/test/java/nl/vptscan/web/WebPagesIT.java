package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real browser (headless Chromium): an employer fills in a questionnaire over two sessions,
 * submits, reads the result, downloads the plan and uploads it edited; an inspector compares; a coordinator
 * reads the region benchmark. Screenshots of the main pages go to target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    Browser browser;
    String employer;
    String inspector;
    String coordinator;
    long organisation;
    long region;
    long assessment;

    @BeforeAll
    void regionWithFiveMembers() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        region = fixture.region("Browserregio");
        organisation = fixture.organisation("Gemeente Browserstad", region);
        for (int i = 1; i <= 4; i++) {
            fixture.submitted(fixture.organisation("Buurgemeente " + i, region), "SELF", null);
        }
        employer = fixture.user("browser-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        inspector = fixture.user("browser-inspecteur", "INSPECTOR", Map.of());
        coordinator = fixture.user("browser-coordinator", "REGION_COORDINATOR", Map.of("regionId", region));
        browser = new Browser(server.getURL());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void failedLoginSaysSoWithoutNamingTheUser() throws Exception {
        browser.login(employer, "not-the-password");
        assertEquals("/inloggen", browser.path());
        String message = browser.find("#login-error").getText();
        assertTrue(message.contains("Inloggen is niet gelukt"), message);
        browser.login("nobody-" + fixture.suffix, "not-the-password");
        assertEquals(message, browser.find("#login-error").getText());
        PageChecks.check(browser, "01-inloggen-mislukt");
        browser.open("/inloggen");
        PageChecks.check(browser, "01-inloggen");
    }

    @Test
    @Order(2)
    void employerStartsASelfAssessmentAndSavesHalfOfIt() throws Exception {
        browser.login(employer, PageFixture.PASSWORD);
        assertEquals("/", browser.path());
        PageChecks.check(browser, "02-overzicht-werkgever");
        new org.openqa.selenium.support.ui.Select(browser.find("select[name=questionnaireId]"))
                .selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[action$='/beoordelingen'] button"));
        assertTrue(browser.path().endsWith("/onderwerp/m1"), browser.path());
        assessment = Long.parseLong(browser.path().split("/")[2]);
        assertTrue(browser.find(".question__condition").getAttribute("textContent").startsWith("Alleen invullen als"));
        for (int topic = 1; topic <= 4; topic++) {
            TopicFiller.fill(browser, "yes");
            if (topic == 2) {
                PageChecks.check(browser, "03-onderwerp-invullen");
            }
            browser.submit(browser.find("button[value=volgende]"));
        }
        assertTrue(browser.path().endsWith("/onderwerp/m5"), browser.path());
        assertEquals("4 van 8 punten ingevuld", browser.find("#progress").getText());
        browser.logout();
        assertEquals("/inloggen", browser.path());
    }

    @Test
    @Order(3)
    void answersAreKeptAcrossSessionsAndErrorsShowNextToTheField() throws Exception {
        browser.login(employer, PageFixture.PASSWORD);
        browser.submit(browser.find("a[href='/beoordelingen/" + assessment + "']"));
        assertTrue(browser.path().endsWith("/onderwerp/m5"), "resumes at the first open topic: " + browser.path());
        browser.open("/beoordelingen/" + assessment + "/onderwerp/m1");
        assertTrue(browser.find("input[name='v:vpt8.m1.q1'][value=yes]").isSelected(), "answer of the first session");

        browser.open("/beoordelingen/" + assessment + "/onderwerp/m5");
        TopicFiller.fill(browser, "yes");
        WebElement date = browser.all("input[type=date]").get(0);
        browser.script("arguments[0].value = arguments[1]", date, LocalDate.now().plusYears(1).toString());
        browser.submit(browser.find("button[value=opslaan]"));
        assertTrue(browser.find(".field-error").getText().startsWith("Controleer dit antwoord"));
        assertTrue(browser.all("input[type=radio]:checked").size() > 0, "entered values are kept");
        PageChecks.check(browser, "04-fout-bij-veld");

        browser.submit(browser.find(".submit-form button"));
        assertTrue(browser.find(".field-error").getText().startsWith("Controleer dit antwoord"),
                "submitting saves the page first, and a wrong answer on it stops the submit");
        browser.open("/beoordelingen/" + assessment + "/onderwerp/m5");
        browser.submit(browser.find(".submit-form button"));
        assertFalse(browser.all("#missing-questions li").isEmpty(), "incomplete submit lists the open questions");
        PageChecks.check(browser, "04b-open-vragen");

        browser.open("/beoordelingen/" + assessment + "/onderwerp/m5");
        for (int topic = 5; topic <= 8; topic++) {
            TopicFiller.fill(browser, "yes");
            browser.submit(browser.find(topic < 8 ? "button[value=volgende]" : "button[value=opslaan]"));
        }
        assertEquals("8 van 8 punten ingevuld", browser.find("#progress").getText());
        browser.submit(browser.find(".submit-form button"));
        assertTrue(browser.path().endsWith("/resultaat"), browser.path());
    }

    @Test
    @Order(4)
    void resultShowsScoresFindingsAndThePlanWhichDownloadsAndUploads() throws Exception {
        browser.open("/beoordelingen/" + assessment + "/resultaat");
        assertEquals(8, browser.all("#topic-scores tbody tr").size());
        assertTrue(browser.find(".traffic-light").getText().length() > 2, "a level in words beside the colour");
        assertFalse(browser.all(".finding").isEmpty());
        PageChecks.check(browser, "05-resultaat");

        byte[] workbook = download(browser.find("#plan-download").getAttribute("href"));
        Path edited = Files.createTempFile("plan-van-aanpak", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); OutputStream out = Files.newOutputStream(edited)) {
            XSSFSheet plan = book.getSheet("Plan van aanpak");
            int owner = column(plan.getRow(0), "Eigenaar");
            plan.getRow(1).getCell(owner, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("Teamleider Publiekszaken");
            book.write(out);
        }
        browser.find("#plan-file").sendKeys(edited.toAbsolutePath().toString());
        browser.submit(browser.find("form[action$='/plan/import'] button"));
        assertTrue(browser.find("#import-ok").getText().contains("1 maatregelen gewijzigd"), browser.find("#import-ok").getText());
        List<String> owners = new ArrayList<>();
        browser.all("input[name^='owner:']").forEach(i -> owners.add(i.getAttribute("value")));
        assertTrue(owners.contains("Teamleider Publiekszaken"), owners.toString());
        PageChecks.check(browser, "06-plan-van-aanpak");

        // the same copy again, now older than the plan: its first row is refused, the second read and told
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); OutputStream out = Files.newOutputStream(edited)) {
            XSSFSheet plan = book.getSheet("Plan van aanpak");
            int cost = column(plan.getRow(0), "Kosten (€)");
            plan.getRow(1).getCell(cost, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("€ 900");
            plan.getRow(2).getCell(cost, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("€ 1.500,00");
            book.write(out);
        }
        browser.find("#plan-file").sendKeys(edited.toAbsolutePath().toString());
        browser.submit(browser.find("form[action$='/plan/import'] button"));
        String told = browser.find("#import-rows").getText();
        assertTrue(told.contains("1 regel niet verwerkt"), told);
        assertTrue(told.contains("Rij 2 (nr ") && told.contains("versie 0, nu 1"), told);
        assertTrue(told.contains("Kosten “€ 1.500,00” gelezen als 1500.00"), told);
    }

    @Test
    @Order(5)
    void planActionIsEditedInItsForm() throws Exception {
        WebElement form = browser.find("#plan-form");
        WebElement owner = form.findElements(By.cssSelector("input[name^='owner:']")).get(0);
        owner.clear();
        owner.sendKeys("Hoofd P&O");
        new org.openqa.selenium.support.ui.Select(form.findElements(By.cssSelector("select[name^='status:']")).get(0))
                .selectByValue("IN_PROGRESS");
        browser.submit(browser.find("#plan-save"));
        WebElement saved = browser.find("#plan-form").findElements(By.cssSelector("input[name^='owner:']")).get(0);
        assertEquals("Hoofd P&O", saved.getAttribute("value"));
        PageChecks.check(browser, "06c-plan-opgeslagen");
        browser.open("/organisaties/" + organisation);
        PageChecks.accessible(browser);
        browser.open("/account/wachtwoord");
        PageChecks.check(browser, "06e-wachtwoord");
        browser.open("/bestaat-niet-" + fixture.suffix);
        PageChecks.check(browser, "06f-niet-gevonden");
        browser.logout();
    }

    @Test
    @Order(6)
    void inspectorRecordsAVerdictPerTopicOfAnAudit() throws Exception {
        long audit = fixture.draft(organisation, "AUDIT", fixture.token(inspector));
        browser.login(inspector, PageFixture.PASSWORD);
        PageChecks.check(browser, "07-overzicht-inspecteur");
        browser.open("/beoordelingen/" + audit + "/onderwerp/m1");
        PageChecks.check(browser, "07-audit-onderwerp");
        browser.submit(browser.find("#verdicts-link"));
        new org.openqa.selenium.support.ui.Select(browser.find("#verdict-m4")).selectByValue("EIS");
        browser.find("#note-m4").sendKeys("Baliemedewerkers zijn niet getraind");
        String deadline = java.time.LocalDate.now().plusMonths(2).toString();
        browser.script("arguments[0].value = arguments[1]", browser.find("#deadline-m4"), deadline);
        browser.submit(browser.find("form[action$='/oordelen'] button[type=submit]"));
        assertTrue(browser.all("#verdicts-saved").size() == 1, "saved message");
        assertEquals("EIS", new org.openqa.selenium.support.ui.Select(browser.find("#verdict-m4"))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals("Baliemedewerkers zijn niet getraind", browser.find("#note-m4").getAttribute("value"));
        assertEquals(deadline, browser.find("#deadline-m4").getAttribute("value"));
        PageChecks.check(browser, "07a-oordelen");
        browser.logout();
    }

    @Test
    @Order(7)
    void inspectorComparesTheAuditWithTheSelfAssessment() throws Exception {
        fixture.submitted(organisation, "AUDIT", fixture.token(inspector));
        browser.login(inspector, PageFixture.PASSWORD);
        browser.submit(browser.find("a[href='/organisaties/" + organisation + "/vergelijking']"));
        assertEquals(1, browser.all("#comparison-no-self").size(), "nothing to compare before the employer shares");
        browser.logout();

        browser.login(employer, PageFixture.PASSWORD);
        browser.open("/beoordelingen/" + assessment + "/resultaat");
        new org.openqa.selenium.support.ui.Select(browser.find("#share-inspector")).selectByValue(inspector);
        browser.submit(browser.find("form[action$='/delen'] button"));
        assertEquals(1, browser.all("#share-saved").size(), "shared message");
        assertTrue(browser.find("#shares").getText().contains(inspector), browser.find("#shares").getText());
        PageChecks.check(browser, "06b-delen-met-inspecteur");
        browser.logout();

        browser.login(inspector, PageFixture.PASSWORD);
        browser.submit(browser.find("a[href='/organisaties/" + organisation + "/vergelijking']"));
        assertFalse(browser.all(".row--differs").isEmpty(), "the self-assessment answered yes where the audit says no");
        assertTrue(browser.driver.getPageSource().contains("zelf gunstiger beoordeeld"));
        PageChecks.check(browser, "07-vergelijking");
        browser.logout();
    }

    @Test
    @Order(8)
    void coordinatorSeesTheRegionBenchmark() throws Exception {
        browser.login(coordinator, PageFixture.PASSWORD);
        PageChecks.check(browser, "08-overzicht-coordinator");
        browser.submit(browser.find("a[href='/regios/" + region + "/benchmark']"));
        new org.openqa.selenium.support.ui.Select(browser.find("#questionnaire")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[method=get] button"));
        assertEquals(5, browser.all("#benchmark-members tbody tr").size());
        assertEquals(9, browser.all("#benchmark-topics tbody tr").size(), "overall and eight topics");
        PageChecks.check(browser, "09-benchmark");
    }

    @Test
    @Order(9)
    void englishOnRequestAndRemembered() throws Exception {
        browser.open("/?lang=en");
        assertEquals("en", browser.find("html").getAttribute("lang"));
        browser.open("/regios/" + region + "/benchmark");
        assertEquals("Region benchmark", browser.find("h1").getText());
        PageChecks.check(browser, "10-benchmark-english");
        browser.open("/?lang=nl");
        assertEquals("nl", browser.find("html").getAttribute("lang"));
    }

    /** Fetches a link with the browser's login cookie, as the browser's download would. */
    private byte[] download(String href) throws Exception {
        String jwt = browser.driver.manage().getCookieNamed("JWT").getValue();
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JWT=" + jwt).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("plan-van-aanpak"));
        assertEquals('P', response.body()[0]);
        assertEquals('K', response.body()[1]);
        Files.createDirectories(Path.of("target/downloads"));
        Files.write(Path.of("target/downloads/plan-van-aanpak-" + assessment + ".xlsx"), response.body());
        return response.body();
    }

    private static int column(XSSFRow header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (name.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
