package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each role's whole job in headless Chromium, after the login page only by clicking and typing (no typed address,
 * no API call): the administrator sets up an organisation, a region with members and the users; the employer fills
 * in its self-assessment over two logins with an expired session in between, submits, reads the result, edits the
 * plan, downloads the workbook and reads its own position; the inspector audits with verdicts and compares; the
 * coordinator reads the benchmark with progress over two pages and downloads the workbooks. Every page visited
 * passes axe-core (WCAG 2.1 A/AA) and fits a 390 px phone; screenshots go to target/screenshots/journey-*.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleJourneysBrowserIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z0-9]+-[A-Z]\\d+-\\d+\\b");
    private static final Pattern QUESTION_ID = Pattern.compile("\\bvpt8\\.m\\d");
    private static final int FILLERS = 20;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    Browser browser;
    String regionName;
    String organisationName;
    String employer;
    String inspector;
    String coordinator;
    int pages;

    /** What the administrator finds: a region whose members have results, and one organisation outside it. */
    @BeforeAll
    void aRegionWithResults() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        long region = fixture.region("Reisregio");
        regionName = "Reisregio " + fixture.suffix;
        for (int i = 1; i <= 5; i++) {
            fixture.submitted(fixture.organisation("Reisgenoot " + i, region), "SELF", null);
        }
        for (int i = 1; i <= FILLERS; i++) {
            fixture.organisation("Reislid zonder scan " + i, region);
        }
        fixture.organisation("Losse organisatie", null);
        organisationName = "Gemeente Reisstad " + fixture.suffix;
        employer = "reis-werkgever-" + fixture.suffix;
        inspector = "reis-inspecteur-" + fixture.suffix;
        coordinator = "reis-coordinator-" + fixture.suffix;
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
    void administratorSetsUpOrganisationRegionMembersAndUsers() throws Exception {
        browser.login(AdminBrowserIT.ADMIN, AdminBrowserIT.ADMIN_PASSWORD);
        check("admin-overzicht");

        browser.submit(browser.find("a[href='/organisaties/nieuw']"));
        check("admin-organisatie-nieuw");
        browser.find("#name").sendKeys(organisationName);
        new Select(browser.find("#sector")).selectByVisibleText("Gemeente");
        browser.find("#employees").sendKeys("250");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals(organisationName, browser.find("h1").getText());
        check("admin-organisatie");
        browser.submit(browser.find("a[href$='/bewerken']"));
        check("admin-organisatie-bewerken");
        browser.find("#employees").clear();
        browser.find("#employees").sendKeys("260");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals(1, browser.all(".alert--ok").size(), "saved");
        browser.submit(browser.find("#main p a[href^='/organisaties/']"));
        assertTrue(browser.find(".facts").getText().contains("260"), browser.find(".facts").getText());

        home();
        browser.submit(browser.find("a[href='/regios']"));
        check("admin-regios");
        browser.find("#name").sendKeys("Proefregio " + fixture.suffix);
        browser.submit(browser.find("form.form button[type=submit]"));
        addMember("Losse organisatie " + fixture.suffix, "");
        assertEquals(1, browser.all("#region-members tbody tr").size());
        check("admin-regio-nieuw");
        browser.submit(browser.find("#region-members button[aria-label*='Losse organisatie']"));
        assertTrue(browser.all("#region-members tbody tr").isEmpty(), "the member was taken out");

        WebElement regions = browser.find(".breadcrumb a[href='/regios']");
        assertEquals("Regio's", regions.getText(), "the apostrophe survives the page's message format");
        browser.submit(regions);
        link(regionName);
        addMember(organisationName, "2026-01-01");
        assertTrue(browser.find("#members").getText().contains(String.valueOf(6 + FILLERS)), browser.find("#members").getText());
        assertFalse(browser.all(".pager").isEmpty(), "more than a page of members is paged");
        check("admin-regio-leden");

        home();
        browser.submit(browser.find("a[href='/gebruikers']"));
        check("admin-gebruikers");
        createUser(employer, "EMPLOYER", "#organisationId", organisationName);
        assertEquals("werkgever", browser.find("#user-role").getText());
        check("admin-gebruiker");
        browser.find("#password").sendKeys(PageFixture.PASSWORD + "-nieuw");
        browser.submit(browser.find("form[action$='/wachtwoord'] button"));
        check("admin-gebruiker-wachtwoord");
        browser.submit(browser.find("#toggle-active"));
        assertEquals("gedeactiveerd", browser.find("#user-status").getText());
        browser.submit(browser.find("#toggle-active"));
        browser.submit(browser.find("form[action$='/ontgrendelen'] button"));
        check("admin-gebruiker-ontgrendeld");
        browser.find("#password").sendKeys(PageFixture.PASSWORD);
        browser.submit(browser.find("form[action$='/wachtwoord'] button"));

        browser.submit(browser.find(".breadcrumb a[href='/gebruikers']"));
        createUser(coordinator, "REGION_COORDINATOR", "#regionId", regionName);
        browser.submit(browser.find(".breadcrumb a[href='/gebruikers']"));
        createUser(inspector, "INSPECTOR", null, null);
        assertEquals("inspecteur", browser.find("#user-role").getText());

        home();
        link("Reisgenoot 1 " + fixture.suffix);
        browser.submit(browser.find("#assessment-admin a"));
        check("admin-beoordeling");
        browser.submit(browser.find("form[action$='/herberekenen'] button"));
        assertEquals(2, browser.all("#stored-results tbody tr").size(), "the old result and the new one");
        assertFalse(browser.all("#audit-trail tbody tr").isEmpty(), "the answers' audit trail");
        check("admin-beoordeling-herberekend");
        browser.logout();
    }

    @Test
    @Order(2)
    void employerFillsInOverTwoLoginsWithTheSessionExpiredInBetween() throws Exception {
        browser.login(employer, PageFixture.PASSWORD);
        check("werkgever-overzicht");
        browser.submit(browser.find("#main a[href^='/organisaties/']"));
        check("werkgever-organisatie");
        new Select(browser.find("select[name=questionnaireId]")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[action$='/beoordelingen'] button"));
        assertTrue(browser.path().endsWith("/onderwerp/m1"), browser.path());

        List<WebElement> questions = browser.all(".question");
        assertEquals("#" + questions.get(0).getAttribute("id"), browser.find(".skip-link").getAttribute("href")
                .replaceAll("^.*(#.*)$", "$1"), "the skip link lands on the first question");
        browser.find(".skip-link").sendKeys(Keys.ENTER);
        assertEquals("#" + questions.get(0).getAttribute("id"), browser.script("return location.hash"),
                "the skip link, followed by keyboard, lands on the first question");
        assertTrue((Boolean) browser.script("return !!(arguments[0].compareDocumentPosition(arguments[1])"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING)", questions.get(questions.size() - 1),
                browser.find(".submit-form button")), "the submit button comes after the questions");
        check("werkgever-onderwerp-1");
        for (int topic = 1; topic <= 3; topic++) {
            TopicFiller.fill(browser, "yes");
            browser.submit(browser.find("button[value=volgende]"));
        }

        TopicFiller.fill(browser, "yes");
        WebElement percentage = browser.find("input[name='v:vpt8.m4.q2']");
        percentage.clear();
        percentage.sendKeys("150");
        browser.submit(browser.find("button[value=opslaan]"));
        WebElement wrong = browser.find("input[name='v:vpt8.m4.q2']");
        String describedBy = wrong.getAttribute("aria-describedby");
        assertTrue(describedBy.contains("error-"), "the error is tied to its field: " + describedBy);
        String errorId = describedBy.replaceAll("^.*(error-\\S+).*$", "$1");
        assertTrue(browser.find("#" + errorId.replace(".", "\\.")).getText().startsWith("Controleer dit antwoord"));
        assertEquals("true", wrong.getAttribute("aria-invalid"));
        check("werkgever-fout-bij-veld");
        wrong.clear();
        wrong.sendKeys("80,5%");
        String note = "Besproken in het MT van " + fixture.suffix;
        WebElement comment = browser.find("textarea[name='c:vpt8.m4.q1']");
        browser.script("arguments[0].closest('details').open = true", comment);
        comment.sendKeys(note);

        // the login ends while the employer is typing: the next click goes to the login page
        browser.driver.manage().deleteCookieNamed("JWT");
        browser.submit(browser.find("button[value=volgende]"));
        assertEquals("/inloggen", browser.path());
        check("werkgever-sessie-verlopen");
        browser.find("#username").sendKeys(employer);
        browser.find("#password").sendKeys(PageFixture.PASSWORD);
        browser.submit(browser.find("form.form button[type=submit]"));
        assertTrue(browser.path().endsWith("/onderwerp/m4"), "back on the form: " + browser.path());
        assertEquals(1, browser.all("#form-restored").size(), "says what is shown is not saved yet");
        assertEquals(note, browser.find("textarea[name='c:vpt8.m4.q1']").getAttribute("value"));
        assertEquals("80,5%", browser.find("input[name='v:vpt8.m4.q2']").getAttribute("value"));
        check("werkgever-formulier-terug");
        browser.submit(browser.find("button[value=volgende]"));

        for (int topic = 5; topic <= 8; topic++) {
            TopicFiller.fill(browser, "yes");
            browser.submit(browser.find(topic < 8 ? "button[value=volgende]" : "button[value=opslaan]"));
        }
        assertEquals("8 van 8 punten ingevuld", browser.find("#progress").getText());
        browser.submit(browser.find(".submit-form button"));
        assertTrue(browser.path().endsWith("/resultaat"), browser.path());
        assertTrue(browser.find("#overall-level").getText().length() > 2, "the overall level in words");
        detailsOnlyUnderDetails();
        check("werkgever-resultaat");

        new Select(browser.find("#share-inspector")).selectByValue(inspector);
        browser.submit(browser.find("form[action$='/delen'] button"));
        assertTrue(browser.find("#shares").getText().contains(inspector));
        check("werkgever-gedeeld");
    }

    @Test
    @Order(3)
    void employerEditsThePlanDownloadsItAndReadsItsPosition() throws Exception {
        browser.submit(browser.find("a[href$='/plan']"));
        check("werkgever-plan");
        List<WebElement> owners = browser.all("#plan-form input[name^='owner:']");
        assertTrue(owners.size() >= 2, "at least two actions");
        owners.get(0).clear();
        owners.get(0).sendKeys("Hoofd P&O");
        owners.get(1).clear();
        owners.get(1).sendKeys("Teamleider Publiekszaken");
        browser.submit(browser.find("#plan-save"));
        assertTrue(browser.find("#plan-saved").getText().contains("2"), browser.find("#plan-saved").getText());
        List<WebElement> saved = browser.all("#plan-form input[name^='owner:']");
        assertEquals("Hoofd P&O", saved.get(0).getAttribute("value"));
        assertEquals("Teamleider Publiekszaken", saved.get(1).getAttribute("value"), "both edits saved at once");
        check("werkgever-plan-opgeslagen");
        assertEquals("200 " + XLSX, browser.download(browser.find("#plan-download").getAttribute("href")));

        browser.submit(browser.find(".breadcrumb a[href^='/organisaties/']"));
        browser.submit(browser.find("a[href$='/benchmark']"));
        new Select(browser.find("#questionnaire")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[method=get] button"));
        assertTrue(browser.find("#position").getText().contains("mediaan"));
        assertFalse(browser.driver.getPageSource().contains("Reisgenoot"), "no other organisation is named");
        check("werkgever-positie");
        browser.logout();
    }

    @Test
    @Order(4)
    void inspectorAuditsWithVerdictsAndCompares() throws Exception {
        browser.login(inspector, PageFixture.PASSWORD);
        check("inspecteur-overzicht");
        link(organisationName);
        check("inspecteur-organisatie");
        new Select(browser.find("select[name=questionnaireId]")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[action$='/beoordelingen'] button"));
        check("inspecteur-audit-onderwerp");

        browser.submit(browser.find("#verdicts-link"));
        check("inspecteur-oordelen");
        new Select(browser.find("#verdict-m4")).selectByValue("EIS");
        browser.find("#note-m4").sendKeys("Baliemedewerkers zijn niet getraind");
        // an eis has a deadline; the date picker's value, whatever the browser's locale shows
        String deadline = java.time.LocalDate.now().plusMonths(3).toString();
        browser.script("arguments[0].value = arguments[1]", browser.find("#deadline-m4"), deadline);
        browser.submit(browser.find("form[action$='/oordelen'] button[type=submit]"));
        assertEquals(1, browser.all("#verdicts-saved").size());
        assertEquals("EIS", new Select(browser.find("#verdict-m4")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Baliemedewerkers zijn niet getraind", browser.find("#note-m4").getAttribute("value"));
        assertEquals(deadline, browser.find("#deadline-m4").getAttribute("value"));
        check("inspecteur-oordelen-opgeslagen");

        browser.submit(browser.find(".breadcrumb a[href^='/beoordelingen/']"));
        assertTrue(browser.path().endsWith("/onderwerp/m1"), "back to the audit's first open topic: " + browser.path());
        for (int topic = 1; topic <= 8; topic++) {
            TopicFiller.fill(browser, "no");
            browser.submit(browser.find(topic < 8 ? "button[value=volgende]" : "button[value=opslaan]"));
        }
        browser.submit(browser.find(".submit-form button"));
        assertTrue(browser.path().endsWith("/resultaat"), browser.path());
        worstFirstAndCapsExplained();
        detailsOnlyUnderDetails();
        check("inspecteur-audit-resultaat");

        home();
        browser.submit(browser.find("#main a[href$='/vergelijking']"));
        assertFalse(browser.all(".row--differs").isEmpty(), "the employer answered yes where the audit says no");
        check("inspecteur-vergelijking");
        browser.logout();
    }

    @Test
    @Order(5)
    void coordinatorReadsBenchmarkWithProgressOverTwoPagesAndDownloadsTheWorkbooks() throws Exception {
        browser.login(coordinator, PageFixture.PASSWORD);
        check("coordinator-overzicht");
        browser.submit(browser.find("#main a[href$='/benchmark']"));
        new Select(browser.find("#questionnaire")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[method=get] button"));
        assertTrue(browser.find("#benchmark-legend").getText().contains("mediaan"), "a visible legend");
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"),
                browser.all(".boxplot-scale span").stream().map(WebElement::getText).toList(), "a scale");
        List<String> plotted = browser.all(".boxplot__label").stream().map(WebElement::getText).toList();
        List<String> tabled = browser.all("#benchmark-topics tbody th").stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
        assertEquals(tabled, plotted, "whole topic names beside the box plots");
        assertEquals(9, plotted.size(), "overall and eight topics");
        String members = browser.find("#benchmark-members").getText();
        assertTrue(members.contains("niet begonnen") && members.contains("ingediend"), members);
        WebElement own = browser.find("#benchmark-members").findElement(By.xpath(
                ".//tr[th[normalize-space()='" + organisationName + "']]"));
        assertTrue(own.getText().matches("(?s).*\\d+%.*\\b\\d{1,3}\\b.*"), "score and percentile: " + own.getText());
        assertTrue(browser.find("#benchmark-members thead").getText().contains("Verschil met vorig jaar"), "change per member");
        check("coordinator-benchmark");
        for (String lang : new String[] {"nl", "en"}) {
            String href = browser.find("#benchmark-workbooks a[hreflang=" + lang + "]").getAttribute("href");
            assertEquals("200 " + XLSX, browser.download(href), lang);
        }
        int first = browser.all("#benchmark-members tbody tr").size();
        browser.submit(browser.find(".pager a"));
        int second = browser.all("#benchmark-members tbody tr").size();
        assertEquals(6 + FILLERS, first + second, "every member over two pages");
        assertTrue(browser.find("#benchmark-members").getText().contains("niet begonnen"));
        check("coordinator-benchmark-pagina-2");

        home();
        browser.submit(browser.find("#main a[href$='/campagnes']"));
        check("coordinator-campagnes");
        home();
        browser.submit(browser.find("#main a[href$='/monitor']"));
        check("coordinator-monitor");
        home();
        link(organisationName);
        check("coordinator-lid");
        browser.logout();
        assertTrue(pages >= 30, pages + " pages checked");
    }

    /** Findings come worst first, and a red topic says which finding keeps it there. */
    private void worstFirstAndCapsExplained() {
        List<String> severities = browser.all(".finding").stream().map(e -> e.getAttribute("class")
                .replaceAll("^.*finding--(\\w+).*$", "$1")).toList();
        List<String> order = List.of("violation", "warning", "advice");
        assertTrue(severities.contains("violation"), severities.toString());
        for (int i = 1; i < severities.size(); i++) {
            assertTrue(order.indexOf(severities.get(i - 1)) <= order.indexOf(severities.get(i)), severities.toString());
        }
        assertNotEquals("0", browser.find("#unmet-duties").getText());
        for (WebElement red : browser.all("#topic-scores tbody tr")) {
            if (!red.findElements(By.cssSelector(".traffic-light--red")).isEmpty()) {
                assertEquals(1, red.findElements(By.cssSelector(".level-why")).size(), "why the topic is red: " + red.getText());
            }
        }
        assertFalse(browser.all("#priority-legend li").isEmpty(), "plan priorities explained in words");
    }

    /** Rule ids, the ruleset's hash and raw question ids are only in the "details" disclosures. */
    private void detailsOnlyUnderDetails() {
        String visible = (String) browser.script("const main = document.querySelector('main').cloneNode(true);"
                + "main.querySelectorAll('details').forEach(d => d.remove()); return main.textContent;");
        String details = browser.find("#result-details").getAttribute("textContent");
        assertFalse(RULE_ID.matcher(visible).find(), "a rule id outside details");
        assertFalse(QUESTION_ID.matcher(visible).find(), "a question id outside details");
        String hash = details.replaceAll("(?s)^.*?([0-9a-f]{12,}).*$", "$1");
        assertTrue(hash.matches("[0-9a-f]{12,}"), "the ruleset's hash is under details: " + details);
        assertFalse(visible.contains(hash), "the ruleset's hash outside details");
    }

    private void check(String name) throws Exception {
        PageChecks.check(browser, "journey-" + name);
        pages++;
    }

    private void home() {
        browser.submit(browser.find(".site-header a[href='/']"));
    }

    private void link(String text) {
        browser.submit(browser.driver.findElement(By.linkText(text)));
    }

    private void createUser(String username, String role, String binding, String bindingName) {
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(PageFixture.PASSWORD);
        new Select(browser.find("#role")).selectByValue(role);
        if (binding != null) {
            new Select(browser.find(binding)).selectByVisibleText(bindingName);
        }
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals(username, browser.find("h1").getText());
    }

    private void addMember(String organisation, String since) {
        new Select(browser.find("#organisationId")).selectByVisibleText(organisation);
        // the date picker's value; what it shows depends on the browser's locale
        browser.script("arguments[0].value = arguments[1]", browser.find("#since"), since);
        browser.submit(browser.find("#organisationId").findElement(By.xpath("ancestor::form//button[@type='submit']")));
    }
}
