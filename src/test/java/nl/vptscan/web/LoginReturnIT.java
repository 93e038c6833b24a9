package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logging in brings a person back where they were: to the page they asked for, and, when their login expired while
 * they were typing, to the form with what they had typed (kept only for their browser, shown once, not yet saved).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginReturnIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    String employer;
    long draft;
    long submitted;

    @BeforeAll
    void employerWithADraft() {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Terugkeergemeente", null);
        employer = fixture.user("terug-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        draft = fixture.draft(organisation, "SELF", null);
        submitted = fixture.submitted(organisation, "SELF", null);
    }

    @Test
    void aPageAskedForWithoutLoginIsShownAfterLogin() throws Exception {
        String page = "/beoordelingen/" + submitted + "/plan";
        HttpResponse<String> refused = send(get(page, List.of()));
        assertEquals(303, refused.statusCode());
        String login = refused.headers().firstValue("Location").orElseThrow();
        assertEquals("/inloggen?terug=" + URLEncoder.encode(page, StandardCharsets.UTF_8), login);
        assertTrue(send(get(login, List.of())).body().contains("name=\"terug\" value=\"" + page + "\""));
        Browser browser = new Browser();
        HttpResponse<String> back = browser.login(login, employer, PageFixture.PASSWORD);
        assertEquals(page, back.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void neverReturnsToAnotherSite() throws Exception {
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            Browser browser = new Browser();
            HttpResponse<String> back = browser.login("/inloggen?terug=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8),
                    employer, PageFixture.PASSWORD);
            assertEquals("/", back.headers().firstValue("Location").orElseThrow(), elsewhere);
        }
    }

    @Test
    void whatWasTypedWhenTheLoginExpiredIsShownAgainAfterLogin() throws Exception {
        String page = "/beoordelingen/" + draft + "/onderwerp/m1";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                .header("Referer", server.getURL() + page).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=oud&v%3Avpt8.m1.q1=yes&c%3Avpt8.m1.q1="
                        + URLEncoder.encode("Besproken in het MT van maart", StandardCharsets.UTF_8))));
        assertEquals(303, refused.statusCode());
        String login = refused.headers().firstValue("Location").orElseThrow();
        assertEquals("/inloggen?terug=" + URLEncoder.encode(page, StandardCharsets.UTF_8), login);
        String kept = cookie(refused, "BEWAARD");
        assertFalse(kept.endsWith("="), "a key for the kept form");

        Browser browser = new Browser();
        browser.cookies.add(kept);
        HttpResponse<String> back = browser.login(login, employer, PageFixture.PASSWORD);
        assertEquals(page, back.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> restored = send(get(page, browser.cookies));
        assertEquals(200, restored.statusCode());
        assertTrue(restored.body().contains("Besproken in het MT van maart"), restored.body());
        assertTrue(restored.body().contains("id=\"form-restored\""), "says it is not saved yet");
        assertTrue(cookie(restored, "BEWAARD").equals("BEWAARD="), "the kept form is handed back once");

        HttpResponse<String> again = send(get(page, browser.cookies));
        assertFalse(again.body().contains("Besproken in het MT van maart"), "nothing was saved without the person");
    }

    @Test
    void aFormPostedAfterTheBrowserDroppedTheLoginCookieIsKeptToo() throws Exception {
        // the login cookie has run out in the browser, which still holds the login page's own cookie
        String preLogin = cookie(send(get("/inloggen", List.of())), "CSRF");
        String page = "/beoordelingen/" + draft + "/onderwerp/m3";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                .header("Cookie", preLogin).header("Referer", server.getURL() + page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=token-van-de-verlopen-login&c%3Avpt8.m3.q1=Na+de+pauze")));
        assertEquals(303, refused.statusCode(), "to the login page, not refused: " + refused.body());
        assertEquals("/inloggen?terug=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
                refused.headers().firstValue("Location").orElseThrow());
        Browser browser = new Browser();
        browser.cookies.add(cookie(refused, "BEWAARD"));
        browser.login("/inloggen", employer, PageFixture.PASSWORD);
        assertTrue(send(get(page, browser.cookies)).body().contains("Na de pauze"));
    }

    @Test
    void aKeptFormIsShownOnlyOnThePageItCameFrom() throws Exception {
        String page = "/beoordelingen/" + draft + "/onderwerp/m2";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                .header("Referer", server.getURL() + page).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("c%3Avpt8.m2.q1=Alleen+hier")));
        Browser browser = new Browser();
        browser.cookies.add(cookie(refused, "BEWAARD"));
        browser.login("/inloggen", employer, PageFixture.PASSWORD);
        String other = send(get("/beoordelingen/" + draft + "/onderwerp/m1", browser.cookies)).body();
        assertFalse(other.contains("Alleen hier"));
        assertTrue(send(get(page, browser.cookies)).body().contains("Alleen hier"));
    }

    /** A browser's cookies and its login through the login page. */
    final class Browser {
        final List<String> cookies = new ArrayList<>();

        HttpResponse<String> login(String loginPage, String username, String password) throws Exception {
            HttpResponse<String> form = send(get(loginPage, cookies));
            cookies.add(cookie(form, "CSRF"));
            Matcher token = CSRF.matcher(form.body());
            assertTrue(token.find(), form.body());
            String back = loginPage.contains("terug=")
                    ? URLDecoder.decode(loginPage.substring(loginPage.indexOf("terug=") + 6), StandardCharsets.UTF_8) : null;
            String body = "_csrf=" + token.group(1) + "&username=" + username + "&password=" + password
                    + (back == null ? "" : "&terug=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/inloggen")).header("Accept", "text/html")
                    .header("Cookie", String.join("; ", cookies)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(303, response.statusCode(), response.body());
            cookies.add(cookie(response, "JWT"));
            return response;
        }
    }

    private HttpRequest.Builder get(String path, List<String> cookies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
        return cookies.isEmpty() ? builder : builder.header("Cookie", String.join("; ", cookies));
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(name + "=");
    }

    private URI uri(String path) {
        return server.getURI().resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
