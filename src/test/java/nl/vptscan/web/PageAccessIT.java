package nl.vptscan.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every web page route: without login a page sends to /inloggen; another organisation's (or region's) data
 * answers 403; a form post without the right token answers 403. A page route missing here fails the build.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessIT {

    /** The data a request points at. */
    record Ctx(long org, long region, long submitted, long draft, long action, long share) {
    }

    enum Kind { GET, FORM, MULTIPART }

    record Entry(HttpMethod method, String template, Kind kind, Function<Ctx, String> path) {
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    Ctx own;
    Ctx other;
    PageClient employer;
    PageClient coordinator;
    PageClient inspector;
    PageClient anonymous;
    PageFixture fixture;
    String inspectorName;

    static List<Entry> pages() {
        return List.of(
                new Entry(HttpMethod.GET, "/", Kind.GET, c -> "/"),
                new Entry(HttpMethod.GET, "/organisaties/{id}", Kind.GET, c -> "/organisaties/" + c.org()),
                new Entry(HttpMethod.POST, "/organisaties/{id}/beoordelingen", Kind.FORM,
                        c -> "/organisaties/" + c.org() + "/beoordelingen"),
                new Entry(HttpMethod.GET, "/organisaties/{id}/vergelijking", Kind.GET, c -> "/organisaties/" + c.org() + "/vergelijking"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}", Kind.GET, c -> "/beoordelingen/" + c.draft()),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/onderwerp/{topicId}", Kind.GET,
                        c -> "/beoordelingen/" + c.draft() + "/onderwerp/m1"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/onderwerp/{topicId}", Kind.FORM,
                        c -> "/beoordelingen/" + c.draft() + "/onderwerp/m1"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/indienen", Kind.FORM, c -> "/beoordelingen/" + c.draft() + "/indienen"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/resultaat", Kind.GET, c -> "/beoordelingen/" + c.submitted() + "/resultaat"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/plan", Kind.GET, c -> "/beoordelingen/" + c.submitted() + "/plan"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/delen", Kind.FORM, c -> "/beoordelingen/" + c.submitted() + "/delen"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/delen/{shareId}/intrekken", Kind.FORM,
                        c -> "/beoordelingen/" + c.submitted() + "/delen/" + c.share() + "/intrekken"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/plan/acties", Kind.FORM,
                        c -> "/beoordelingen/" + c.submitted() + "/plan/acties"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/plan/import", Kind.MULTIPART,
                        c -> "/beoordelingen/" + c.submitted() + "/plan/import"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/bijlagen", Kind.MULTIPART, c -> "/beoordelingen/" + c.draft() + "/bijlagen"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/bijlagen/{attachmentId}/verwijderen", Kind.FORM,
                        c -> "/beoordelingen/" + c.draft() + "/bijlagen/1/verwijderen"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/bijlagen/{attachmentId}", Kind.GET,
                        c -> "/beoordelingen/" + c.draft() + "/bijlagen/1"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/oordelen", Kind.GET, c -> "/beoordelingen/" + c.draft() + "/oordelen"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/oordelen", Kind.FORM, c -> "/beoordelingen/" + c.draft() + "/oordelen"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/hercontrole", Kind.GET, c -> "/beoordelingen/" + c.draft() + "/hercontrole"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/hercontrole", Kind.FORM,
                        c -> "/beoordelingen/" + c.submitted() + "/hercontrole"),
                new Entry(HttpMethod.GET, "/regios/{id}/benchmark", Kind.GET, c -> "/regios/" + c.region() + "/benchmark"),
                new Entry(HttpMethod.GET, "/organisaties/{id}/benchmark", Kind.GET, c -> "/organisaties/" + c.org() + "/benchmark"),
                new Entry(HttpMethod.GET, "/organisaties/nieuw", Kind.GET, c -> "/organisaties/nieuw"),
                new Entry(HttpMethod.POST, "/organisaties", Kind.FORM, c -> "/organisaties"),
                new Entry(HttpMethod.GET, "/organisaties/{id}/bewerken", Kind.GET, c -> "/organisaties/" + c.org() + "/bewerken"),
                new Entry(HttpMethod.POST, "/organisaties/{id}/bewerken", Kind.FORM, c -> "/organisaties/" + c.org() + "/bewerken"),
                new Entry(HttpMethod.POST, "/organisaties/{id}/verwijderen", Kind.FORM, c -> "/organisaties/" + c.org() + "/verwijderen"),
                new Entry(HttpMethod.GET, "/regios", Kind.GET, c -> "/regios"),
                new Entry(HttpMethod.POST, "/regios", Kind.FORM, c -> "/regios"),
                new Entry(HttpMethod.GET, "/regios/{id}", Kind.GET, c -> "/regios/" + c.region()),
                new Entry(HttpMethod.POST, "/regios/{id}/leden", Kind.FORM, c -> "/regios/" + c.region() + "/leden"),
                new Entry(HttpMethod.POST, "/regios/{id}/leden/{organisationId}/verwijderen", Kind.FORM,
                        c -> "/regios/" + c.region() + "/leden/" + c.org() + "/verwijderen"),
                new Entry(HttpMethod.GET, "/gebruikers", Kind.GET, c -> "/gebruikers"),
                new Entry(HttpMethod.POST, "/gebruikers", Kind.FORM, c -> "/gebruikers"),
                new Entry(HttpMethod.GET, "/gebruikers/{id}", Kind.GET, c -> "/gebruikers/" + c.org()),
                new Entry(HttpMethod.POST, "/gebruikers/{id}/rol", Kind.FORM, c -> "/gebruikers/" + c.org() + "/rol"),
                new Entry(HttpMethod.POST, "/gebruikers/{id}/wachtwoord", Kind.FORM, c -> "/gebruikers/" + c.org() + "/wachtwoord"),
                new Entry(HttpMethod.POST, "/gebruikers/{id}/actief", Kind.FORM, c -> "/gebruikers/" + c.org() + "/actief"),
                new Entry(HttpMethod.POST, "/gebruikers/{id}/ontgrendelen", Kind.FORM, c -> "/gebruikers/" + c.org() + "/ontgrendelen"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/beheer", Kind.GET, c -> "/beoordelingen/" + c.submitted() + "/beheer"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/herberekenen", Kind.FORM,
                        c -> "/beoordelingen/" + c.submitted() + "/herberekenen"),
                new Entry(HttpMethod.GET, "/regios/{id}/campagnes", Kind.GET, c -> "/regios/" + c.region() + "/campagnes"),
                new Entry(HttpMethod.POST, "/regios/{id}/campagnes", Kind.FORM, c -> "/regios/" + c.region() + "/campagnes"),
                new Entry(HttpMethod.GET, "/regios/{id}/monitor", Kind.GET, c -> "/regios/" + c.region() + "/monitor"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/overnemen", Kind.GET, c -> "/beoordelingen/" + c.draft() + "/overnemen"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/overnemen", Kind.FORM, c -> "/beoordelingen/" + c.draft() + "/overnemen"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/bevestigen", Kind.FORM, c -> "/beoordelingen/" + c.draft() + "/bevestigen"),
                new Entry(HttpMethod.GET, "/beoordelingen/{id}/registratie", Kind.GET,
                        c -> "/beoordelingen/" + c.draft() + "/registratie"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/registratie", Kind.MULTIPART,
                        c -> "/beoordelingen/" + c.draft() + "/registratie"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/registratie/{importId}/overnemen", Kind.FORM,
                        c -> "/beoordelingen/" + c.draft() + "/registratie/1/overnemen"),
                new Entry(HttpMethod.POST, "/beoordelingen/{id}/plan/vaststelling", Kind.FORM,
                        c -> "/beoordelingen/" + c.submitted() + "/plan/vaststelling"),
                new Entry(HttpMethod.POST, "/gebruikers/{id}/email", Kind.FORM, c -> "/gebruikers/" + c.org() + "/email"),
                new Entry(HttpMethod.GET, "/account/gegevens", Kind.GET, c -> "/account/gegevens"),
                new Entry(HttpMethod.POST, "/account/gegevens", Kind.FORM, c -> "/account/gegevens"),
                new Entry(HttpMethod.GET, "/account/wachtwoord", Kind.GET, c -> "/account/wachtwoord"),
                new Entry(HttpMethod.POST, "/account/wachtwoord", Kind.FORM, c -> "/account/wachtwoord"));
    }

    /** Pages about the user itself, not about an organisation or region: there is no other's page to refuse. */
    static boolean ownOnly(Entry e) {
        return e.template().equals("/") || e.template().startsWith("/account/");
    }

    /** The login page and logging out are for everyone; they are checked on their own below. */
    static final Set<String> OPEN = Set.of("GET /inloggen", "POST /inloggen", "POST /uitloggen");

    @BeforeAll
    void createTwoOrganisations() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        long regionA = fixture.region("Paginaregio A");
        long regionB = fixture.region("Paginaregio B");
        long orgA = fixture.organisation("Paginagemeente A", regionA);
        long orgB = fixture.organisation("Paginagemeente B", regionB);
        String emp = fixture.user("page-emp", "EMPLOYER", Map.of("organisationId", orgA));
        String coord = fixture.user("page-coord", "REGION_COORDINATOR", Map.of("regionId", regionA));
        inspectorName = fixture.user("page-insp", "INSPECTOR", Map.of());
        String otherInspector = fixture.user("page-insp-b", "INSPECTOR", Map.of());
        long submittedA = fixture.submitted(orgA, "SELF", null);
        long submittedB = fixture.submitted(orgB, "SELF", null);
        own = new Ctx(orgA, regionA, submittedA, fixture.draft(orgA, "SELF", null), fixture.firstAction(submittedA),
                share(submittedA, otherInspector));
        other = new Ctx(orgB, regionB, submittedB, fixture.draft(orgB, "SELF", null), fixture.firstAction(submittedB),
                share(submittedB, otherInspector));
        employer = new PageClient(server.getURI(), fixture.token(emp));
        coordinator = new PageClient(server.getURI(), fixture.token(coord));
        inspector = new PageClient(server.getURI(), fixture.token(inspectorName));
        anonymous = new PageClient(server.getURI(), null);
    }

    @Test
    void everyPageRouteIsInThisTest() {
        Set<String> listed = new TreeSet<>(OPEN);
        pages().forEach(e -> listed.add(e.method() + " " + e.template()));
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().map(UriRouteInfo.class::cast).forEach(route -> {
            String template = route.getUriMatchTemplate().toPathString().replaceAll("\\{[?&][^}]*}", "");
            if (route.getHttpMethod() != HttpMethod.HEAD && !template.startsWith("/api/") && !template.startsWith("/health")
                    && !template.equals("/login") && !template.startsWith("/bench")
                    && !template.equals("/prometheus")) { // administrators only: nl.vptscan.operations.ObservabilityIT
                routes.add(route.getHttpMethod() + " " + template);
            }
        });
        assertEquals(listed, routes, "page routes and the routes this test checks");
    }

    @TestFactory
    Stream<DynamicTest> withoutLoginEveryPageSendsToTheLoginPage() {
        return pages().stream().map(e -> DynamicTest.dynamicTest(e.method() + " " + e.template(), () -> {
            HttpResponse<String> response = send(anonymous, e, own, "");
            assertEquals(303, response.statusCode(), e.template());
            assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/inloggen"), e.template());
        }));
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationsPageIsForbidden() {
        return pages().stream().filter(e -> !ownOnly(e)).map(e -> DynamicTest.dynamicTest(
                e.method() + " " + e.template(), () -> {
                    HttpResponse<String> response = send(employer, e, other, employer.csrf());
                    assertEquals(403, response.statusCode(), e.template());
                    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> aFormPostWithoutTheRightTokenIsForbidden() {
        return pages().stream().filter(e -> e.kind() != Kind.GET).flatMap(e -> Stream.of("", "not-the-token").map(token ->
                DynamicTest.dynamicTest(e.template() + " with token '" + token + "'", () ->
                        assertEquals(403, send(employer, e, own, token).statusCode(), e.template()))));
    }

    @Test
    void ownPagesOpen() throws Exception {
        for (String path : List.of("/", "/organisaties/" + own.org(), "/beoordelingen/" + own.draft() + "/onderwerp/m1",
                "/beoordelingen/" + own.submitted() + "/resultaat", "/beoordelingen/" + own.submitted() + "/plan",
                "/account/wachtwoord")) {
            assertEquals(200, employer.get(path).statusCode(), path);
        }
        assertEquals(200, employer.get("/organisaties/" + own.org() + "/benchmark").statusCode());
        assertEquals(200, coordinator.get("/regios/" + own.region() + "/benchmark").statusCode());
        assertEquals(403, coordinator.get("/regios/" + other.region() + "/benchmark").statusCode());
    }

    @Test
    void anInspectorSeesASelfAssessmentPageOnlyWhileTheEmployerSharesIt() throws Exception {
        long organisation = fixture.organisation("Paginagemeente Delen", null);
        PageClient employer = new PageClient(server.getURI(), fixture.token(
                fixture.user("page-emp-share", "EMPLOYER", Map.of("organisationId", organisation))));
        long self = fixture.submitted(organisation, "SELF", null);
        fixture.submitted(organisation, "AUDIT", fixture.token(inspectorName));
        List<String> selfPages = List.of("/beoordelingen/" + self + "/resultaat", "/beoordelingen/" + self + "/plan",
                "/beoordelingen/" + self + "/onderwerp/m1");
        for (String path : selfPages) {
            assertEquals(403, inspector.get(path).statusCode(), "an audit alone opens nothing: " + path);
        }
        String comparison = "/organisaties/" + organisation + "/vergelijking";
        assertTrue(inspector.get(comparison).body().contains("id=\"comparison-no-self\""), "says nothing is shared");

        HttpResponse<String> result = employer.get("/beoordelingen/" + self + "/resultaat");
        assertTrue(result.body().contains("id=\"share-inspector\""), "the employer's result page offers sharing");
        HttpResponse<String> shared = employer.postForm("/beoordelingen/" + self + "/delen",
                "_csrf=" + employer.csrf() + "&inspector=" + inspectorName);
        assertEquals(303, shared.statusCode(), shared.body());
        for (String path : selfPages) {
            assertEquals(200, inspector.get(path).statusCode(), "shared: " + path);
        }
        assertFalse(inspector.get(comparison).body().contains("comparison-no-self"), "the comparison has the self-assessment");

        java.util.regex.Matcher revoke = java.util.regex.Pattern.compile("/beoordelingen/" + self + "/delen/(\\d+)/intrekken")
                .matcher(employer.get("/beoordelingen/" + self + "/resultaat").body());
        assertTrue(revoke.find(), "a revoke button");
        assertEquals(303, employer.postForm(revoke.group(), "_csrf=" + employer.csrf()).statusCode());
        for (String path : selfPages) {
            assertEquals(403, inspector.get(path).statusCode(), "revoked: " + path);
        }
        assertEquals(422, employer.postForm("/beoordelingen/" + self + "/delen", "_csrf=" + employer.csrf()
                + "&inspector=nobody").statusCode(), "an unknown inspector is refused on the page");
    }

    @Test
    void loginPageIsOpenAndItsPostsNeedTheToken() throws Exception {
        assertEquals(200, anonymous.get("/inloggen").statusCode());
        assertEquals(403, anonymous.postForm("/inloggen", "username=x&password=y").statusCode());
        assertEquals(403, employer.postForm("/uitloggen", "_csrf=wrong").statusCode());
    }

    private long share(long assessment, String inspector) {
        return PageFixture.id(fixture.post("/api/assessments/" + assessment + "/shares", Map.of("inspector", inspector)));
    }

    private static HttpResponse<String> send(PageClient client, Entry e, Ctx ctx, String token) throws Exception {
        String path = e.path().apply(ctx);
        return switch (e.kind()) {
            case GET -> client.get(path);
            case FORM -> client.postForm(path, "_csrf=" + token + "&questionnaireId=vpt-8-maatregelen&owner=x"
                    + "&dueDate=2030-01-01&status=OPEN&ga=opslaan");
            case MULTIPART -> client.postMultipart(path, token);
        };
    }
}
