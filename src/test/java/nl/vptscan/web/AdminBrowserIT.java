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
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's and the coordinator's whole jobs in headless Chromium, only by clicking and typing: an
 * organisation, a region with members, a coordinator's account; then the coordinator's benchmark, workbook and
 * progress, and an employer's own position. Every page passes axe (WCAG 2.1 A/AA) and fits a 390 px phone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserIT {

    static final String ADMIN = "test-admin";
    static final String ADMIN_PASSWORD = "lange-beheerder-wachtzin-2026";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    Browser browser;
    String organisationName;
    String regionName;
    String coordinator;
    String employer;

    @BeforeAll
    void fiveMembersWithResults() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        for (int i = 1; i <= 5; i++) {
            fixture.submitted(fixture.organisation("Browserlid " + i, null), "SELF", null);
        }
        organisationName = "Gemeente Beheerstad " + fixture.suffix;
        regionName = "Beheerregio " + fixture.suffix;
        coordinator = "beheer-coordinator-" + fixture.suffix;
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
    void administratorCreatesAnOrganisationAfterATypingError() throws Exception {
        browser.login(ADMIN, ADMIN_PASSWORD);
        PageChecks.check(browser, "admin-01-overzicht");
        browser.submit(browser.find("a[href='/organisaties/nieuw']"));
        PageChecks.check(browser, "admin-02-nieuwe-organisatie");
        browser.find("#name").sendKeys(organisationName);
        new Select(browser.find("#sector")).selectByVisibleText("Gemeente");
        browser.find("#employees").sendKeys("veel");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals("employees-error", browser.find("#employees").getAttribute("aria-describedby"));
        assertTrue(browser.find("#employees-error").getText().startsWith("Vul het aantal medewerkers in"));
        assertEquals(organisationName, browser.find("#name").getAttribute("value"), "what was typed is kept");
        PageChecks.check(browser, "admin-03-organisatie-fout");
        browser.find("#employees").clear();
        browser.find("#employees").sendKeys("420");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals(organisationName, browser.find("h1").getText());
        assertTrue(browser.find(".facts").getText().contains("Gemeente"));
        PageChecks.check(browser, "admin-04-organisatie");
    }

    @Test
    @Order(2)
    void administratorCreatesARegionAndAddsMembersFromADate() throws Exception {
        browser.submit(browser.find(".site-header a[href='/']"));
        browser.submit(browser.find("a[href='/regios']"));
        PageChecks.check(browser, "admin-05-regios");
        browser.find("#name").sendKeys(regionName);
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals(regionName, browser.find("h1").getText());
        addMember(organisationName, "2026-03-01");
        for (int i = 1; i <= 5; i++) {
            addMember("Browserlid " + i + " " + fixture.suffix, "");
        }
        assertEquals(6, browser.all("#region-members tbody tr").size());
        assertTrue(browser.find("#region-members").getText().contains("2026-03-01"));
        PageChecks.check(browser, "admin-06-regio-leden");
    }

    @Test
    @Order(3)
    void administratorCreatesTheCoordinatorAndAnEmployer() throws Exception {
        browser.submit(browser.find(".site-header a[href='/']"));
        browser.submit(browser.find("a[href='/gebruikers']"));
        PageChecks.check(browser, "admin-07-gebruikers");
        browser.find("#username").sendKeys(coordinator);
        browser.find("#password").sendKeys(PageFixture.PASSWORD);
        new Select(browser.find("#role")).selectByValue("REGION_COORDINATOR");
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals("regionId-error regionId-help", browser.find("#regionId").getAttribute("aria-describedby"),
                "a coordinator needs its region");
        PageChecks.accessible(browser);
        browser.find("#password").sendKeys(PageFixture.PASSWORD);
        new Select(browser.find("#regionId")).selectByVisibleText(regionName);
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals(coordinator, browser.find("h1").getText());
        assertEquals("regiocoördinator", browser.find("#user-role").getText());
        PageChecks.check(browser, "admin-08-gebruiker");

        browser.submit(browser.find("a[href='/gebruikers']"));
        employer = "beheer-werkgever-" + fixture.suffix;
        browser.find("#username").sendKeys(employer);
        browser.find("#password").sendKeys(PageFixture.PASSWORD);
        new Select(browser.find("#role")).selectByValue("EMPLOYER");
        new Select(browser.find("#organisationId")).selectByVisibleText("Browserlid 1 " + fixture.suffix);
        browser.submit(browser.find("form.form button[type=submit]"));
        assertEquals("werkgever", browser.find("#user-role").getText());
        browser.logout();
    }

    @Test
    @Order(4)
    void coordinatorReadsTheBenchmarkWithProgressAndDownloadsTheWorkbook() throws Exception {
        browser.login(coordinator, PageFixture.PASSWORD);
        PageChecks.check(browser, "coordinator-01-overzicht");
        browser.submit(browser.find(".card a.button"));
        new Select(browser.find("#questionnaire")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[method=get] button"));
        assertEquals(6, browser.all("#benchmark-members tbody tr").size());
        String members = browser.find("#benchmark-members").getText();
        assertTrue(members.contains("niet begonnen"), "the new organisation has not started");
        assertTrue(members.contains("ingediend"));
        assertTrue(browser.find("#benchmark-legend").getText().contains("mediaan"));
        assertEquals(9, browser.all(".boxplot").size(), "overall and eight topics");
        assertFalse(browser.find(".boxplot-list").getText().contains("..."), "whole topic names");
        PageChecks.check(browser, "coordinator-02-benchmark");
        for (String lang : new String[] {"nl", "en"}) {
            String href = browser.find("#benchmark-workbooks a[hreflang=" + lang + "]").getAttribute("href");
            assertEquals("200 " + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    browser.download(href), lang);
        }
        browser.logout();
    }

    @Test
    @Order(5)
    void employerSeesItsOwnPositionWithoutOtherNames() throws Exception {
        browser.login(employer, PageFixture.PASSWORD);
        browser.submit(browser.find("a[href^='/organisaties/']"));
        browser.submit(browser.find("a[href$='/benchmark']"));
        new Select(browser.find("#questionnaire")).selectByValue("vpt-8-maatregelen");
        browser.submit(browser.find("form[method=get] button"));
        assertEquals("Uw positie in de regio en de sector", browser.find("h1").getText());
        String table = browser.find("#position").getText();
        assertTrue(table.contains("mediaan"), table);
        assertFalse(browser.driver.getPageSource().contains("Browserlid 2"), "no other organisation is named");
        PageChecks.check(browser, "werkgever-positie");
        browser.logout();
    }

    private void addMember(String organisation, String since) {
        new Select(browser.find("#organisationId")).selectByVisibleText(organisation);
        // the date picker's value; what it shows depends on the browser's locale
        browser.script("arguments[0].value = arguments[1]", browser.find("#since"), since);
        browser.submit(browser.find("#add-member ~ form button[type=submit], section.card form button[type=submit]"));
    }
}
