package nl.vptscan.access;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint × every user group × own or another organisation's data: 401 without login, 403 where the
 * group may not, and a non-403 answer where it may. An endpoint missing from the matrix fails the build.
 */
@MicronautTest(transactional = false)
// the first report of a JVM loads the PDF renderer's classes, which on a busy 2-core machine takes seconds
@io.micronaut.context.annotation.Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** Who asks, and whether about their own organisation (or region) or another. */
    enum Who { ANON, ADMIN, EMP, EMP_X, INSP, INSP_X, COORD, COORD_X }

    /**
     * Ids of the data the requests point at: own (organisation A's) or other (organisation B's). {@code shared} is a
     * self-assessment shared with INSP (A's) or with another inspector (B's); {@code shareable} one whose
     * {@code share} is with another inspector, so sharing and revoking it changes nothing INSP reads; {@code user}
     * a spare inspector account that administrators' user routes act on.
     */
    record Ctx(long org, long region, long submitted, long draft, long audit, long action, long shared, long shareable,
               long share, long user, long campaign) {
    }

    /** A request with this header is sent with a fresh login of the asking group instead of the shared token. */
    static final String OWN_LOGIN = "X-Own-Login";

    record Entry(HttpMethod method, String template, Function<Ctx, MutableHttpRequest<?>> request, String allowed) {
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    BlockingHttpClient http;
    final Map<Who, String> tokens = new LinkedHashMap<>();
    Ctx own;
    Ctx other;
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    // --- the matrix ------------------------------------------------------------------------------------------

    private static final String EVERYONE = "ADMIN EMP EMP_X INSP INSP_X COORD COORD_X";

    List<Entry> matrix() {
        Map<String, Object> org = Map.of("name", "Matrix org " + suffix, "sector", "gemeente", "employees", 50);
        byte[] notAWorkbook = "niet een werkboek".getBytes();
        byte[] evidence = "%PDF-1.4\n%%EOF\n".getBytes();
        return List.of(
                entry(HttpMethod.GET, "/api/questionnaires", c -> HttpRequest.GET("/api/questionnaires"), EVERYONE),
                entry(HttpMethod.GET, "/api/questionnaires/{id}", c -> HttpRequest.GET("/api/questionnaires/vpt-8-maatregelen"), EVERYONE),
                entry(HttpMethod.POST, "/api/score/{questionnaireId}", c -> HttpRequest.POST("/api/score/vpt-8-maatregelen",
                        Map.of("answers", Map.of("vpt8.m1.q1", "no"))), EVERYONE),
                entry(HttpMethod.GET, "/api/me", c -> HttpRequest.GET("/api/me"), EVERYONE),
                entry(HttpMethod.POST, "/api/users", c -> HttpRequest.POST("/api/users", Map.of("username",
                        "u" + UUID.randomUUID().toString().substring(0, 8), "password", "long-enough-password", "role", "INSPECTOR")), "ADMIN"),
                entry(HttpMethod.GET, "/api/users", c -> HttpRequest.GET("/api/users"), "ADMIN"),
                entry(HttpMethod.PUT, "/api/users/me/password", c -> HttpRequest.PUT("/api/users/me/password",
                        Map.of("currentPassword", "not-the-current-one", "newPassword", "another-long-sentence")), EVERYONE),
                entry(HttpMethod.PUT, "/api/users/{id}/password", c -> HttpRequest.PUT("/api/users/" + c.user() + "/password",
                        Map.of("password", "another-long-sentence")), "ADMIN"),
                entry(HttpMethod.PUT, "/api/users/{id}/role", c -> HttpRequest.PUT("/api/users/" + c.user() + "/role",
                        Map.of("role", "INSPECTOR")), "ADMIN"),
                entry(HttpMethod.PUT, "/api/users/{id}/active", c -> HttpRequest.PUT("/api/users/" + c.user() + "/active",
                        Map.of("active", true)), "ADMIN"),
                entry(HttpMethod.PUT, "/api/users/{id}/email", c -> HttpRequest.PUT("/api/users/" + c.user() + "/email",
                        Map.of("email", "matrix@example.org")), "ADMIN"),
                entry(HttpMethod.GET, "/api/users/me/settings", c -> HttpRequest.GET("/api/users/me/settings"), EVERYONE),
                entry(HttpMethod.PUT, "/api/users/me/settings", c -> HttpRequest.PUT("/api/users/me/settings",
                        Map.of("reminders", true, "language", "nl")), EVERYONE),
                entry(HttpMethod.POST, "/api/users/{id}/unlock", c -> HttpRequest.POST("/api/users/" + c.user() + "/unlock",
                        Map.of()), "ADMIN"),
                // its own fresh login each time, so logging out ends no token the other rows use
                entry(HttpMethod.POST, "/api/logout", c -> HttpRequest.POST("/api/logout", Map.of())
                        .header(OWN_LOGIN, "true"), EVERYONE),
                entry(HttpMethod.POST, "/api/admin/release-diff", c -> HttpRequest.POST("/api/admin/release-diff", Map.of()), "ADMIN"),
                entry(HttpMethod.POST, "/api/admin/release-diff.xlsx", c -> HttpRequest.POST("/api/admin/release-diff.xlsx", Map.of()), "ADMIN"),

                entry(HttpMethod.POST, "/api/organisations", c -> HttpRequest.POST("/api/organisations", org), "ADMIN"),
                entry(HttpMethod.GET, "/api/organisations", c -> HttpRequest.GET("/api/organisations"), EVERYONE),
                entry(HttpMethod.GET, "/api/organisations/{id}", c -> HttpRequest.GET("/api/organisations/" + c.org()),
                        "ADMIN EMP INSP INSP_X COORD"),
                entry(HttpMethod.PUT, "/api/organisations/{id}", c -> HttpRequest.PUT("/api/organisations/" + c.org(),
                        Map.of("name", "Matrix " + c.org(), "sector", "gemeente", "employees", 50, "regionId", c.region())), "ADMIN"),
                entry(HttpMethod.DELETE, "/api/organisations/{id}", c -> HttpRequest.DELETE("/api/organisations/" + c.org()), "ADMIN"),
                entry(HttpMethod.POST, "/api/regions", c -> HttpRequest.POST("/api/regions",
                        Map.of("name", "Regio " + UUID.randomUUID())), "ADMIN"),
                entry(HttpMethod.GET, "/api/regions", c -> HttpRequest.GET("/api/regions"), "ADMIN COORD COORD_X"),
                entry(HttpMethod.GET, "/api/regions/{id}", c -> HttpRequest.GET("/api/regions/" + c.region()), "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/regions/{id}/members", c -> HttpRequest.GET("/api/regions/" + c.region() + "/members"),
                        "ADMIN COORD"),

                entry(HttpMethod.PUT, "/api/regions/{id}/members/{organisationId}", c -> HttpRequest.PUT(
                        "/api/regions/" + c.region() + "/members/" + c.org(), Map.of()), "ADMIN"),
                entry(HttpMethod.DELETE, "/api/regions/{id}/members/{organisationId}", c -> HttpRequest.DELETE(
                        "/api/regions/" + (c.region() + 1000000) + "/members/" + c.org()), "ADMIN"),
                entry(HttpMethod.GET, "/api/regions/{id}/benchmark", c -> HttpRequest.GET(
                        "/api/regions/" + c.region() + "/benchmark?questionnaire=vpt-8-maatregelen"), "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/regions/{id}/benchmark.xlsx", c -> HttpRequest.GET(
                        "/api/regions/" + c.region() + "/benchmark.xlsx?questionnaire=vpt-8-maatregelen"), "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/organisations/{id}/benchmark", c -> HttpRequest.GET(
                        "/api/organisations/" + c.org() + "/benchmark?questionnaire=vpt-8-maatregelen"), "ADMIN EMP COORD"),
                entry(HttpMethod.POST, "/api/regions/{id}/campaigns", c -> HttpRequest.POST("/api/regions/" + c.region()
                        + "/campaigns", Map.of("questionnaire", "ai-agressie-11", "round", 0, "dueOn", "2099-01-01")), "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/regions/{id}/campaigns", c -> HttpRequest.GET(
                        "/api/regions/" + c.region() + "/campaigns"), "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/regions/{id}/monitor", c -> HttpRequest.GET(
                        "/api/regions/" + c.region() + "/monitor?questionnaire=vpt-8-maatregelen"), "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/campaigns/{id}", c -> HttpRequest.GET("/api/campaigns/" + c.campaign()),
                        "ADMIN COORD"),
                entry(HttpMethod.GET, "/api/organisations/{id}/campaign-requests", c -> HttpRequest.GET(
                        "/api/organisations/" + c.org() + "/campaign-requests"), "ADMIN EMP COORD"),
                entry(HttpMethod.POST, "/api/organisations/{organisationId}/assessments", c -> HttpRequest.POST(
                        "/api/organisations/" + c.org() + "/assessments", Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")),
                        "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/organisations/{organisationId}/assessments", c -> HttpRequest.GET(
                        "/api/organisations/" + c.org() + "/assessments"), "ADMIN EMP INSP COORD"),
                entry(HttpMethod.GET, "/api/organisations/{organisationId}/history", c -> HttpRequest.GET(
                        "/api/organisations/" + c.org() + "/history"), "ADMIN EMP INSP COORD"),
                entry(HttpMethod.GET, "/api/organisations/{id}/comparison", c -> HttpRequest.GET(
                        "/api/organisations/" + c.org() + "/comparison"), "ADMIN EMP INSP"),

                // an inspector reads a self-assessment only while it is shared with them (SHARED rows below)
                entry(HttpMethod.GET, "/api/assessments/{id}", c -> HttpRequest.GET("/api/assessments/" + c.submitted()),
                        "ADMIN EMP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/answers", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/answers"),
                        "ADMIN EMP"),
                entry(HttpMethod.PUT, "/api/assessments/{id}/answers", c -> HttpRequest.PUT("/api/assessments/" + c.draft() + "/answers",
                        Map.of("answers", Map.of("vpt8.m1.q1", Map.of("value", "yes")))), "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/submit", c -> HttpRequest.POST("/api/assessments/" + c.draft() + "/submit", Map.of()),
                        "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/rescore", c -> HttpRequest.POST("/api/assessments/" + c.submitted() + "/rescore", Map.of()),
                        "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/result", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/result"),
                        "ADMIN EMP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/results", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/results"),
                        "ADMIN EMP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/audit", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/audit"),
                        "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/verdicts", c -> HttpRequest.GET("/api/assessments/" + c.audit() + "/verdicts"),
                        "ADMIN EMP INSP"),
                entry(HttpMethod.PUT, "/api/assessments/{id}/verdicts", c -> HttpRequest.PUT("/api/assessments/" + c.audit() + "/verdicts",
                        Map.of("verdicts", Map.of("m1", Map.of("verdict", "ADVIES")))), "ADMIN INSP"),
                // re-inspection: the audit's inspector starts it (the second start answers 409), the organisation reads it
                entry(HttpMethod.POST, "/api/assessments/{id}/follow-up", c -> HttpRequest.POST("/api/assessments/"
                        + c.audit() + "/follow-up", Map.of()), "ADMIN INSP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/reinspection", c -> HttpRequest.GET("/api/assessments/"
                        + c.audit() + "/reinspection"), "ADMIN EMP INSP"),
                // open demands: the organisation's own, an inspector's own audits' (of any organisation), not coordinators
                entry(HttpMethod.GET, "/api/organisations/{id}/demands", c -> HttpRequest.GET("/api/organisations/"
                        + c.org() + "/demands"), "ADMIN EMP INSP INSP_X"),
                entry(HttpMethod.GET, "/api/demands/awaiting-follow-up", c -> HttpRequest.GET("/api/demands/awaiting-follow-up"),
                        "INSP INSP_X"),

                entry(HttpMethod.GET, "/api/assessments/{id}/plan", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/plan"),
                        "ADMIN EMP COORD"),
                // the report: for whoever may read the result
                entry(HttpMethod.GET, "/api/assessments/{id}/report.docx", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/report.docx"),
                        "ADMIN EMP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/report.pdf", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/report.pdf"),
                        "ADMIN EMP COORD"),

                // a self-assessment shared with INSP: INSP reads it (B's is shared with another inspector)
                entry(HttpMethod.GET, "/api/assessments/{id}", c -> HttpRequest.GET("/api/assessments/" + c.shared()),
                        "ADMIN EMP INSP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/answers", c -> HttpRequest.GET("/api/assessments/" + c.shared() + "/answers"),
                        "ADMIN EMP INSP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/result", c -> HttpRequest.GET("/api/assessments/" + c.shared() + "/result"),
                        "ADMIN EMP INSP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/audit", c -> HttpRequest.GET("/api/assessments/" + c.shared() + "/audit"),
                        "ADMIN EMP INSP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/plan", c -> HttpRequest.GET("/api/assessments/" + c.shared() + "/plan"),
                        "ADMIN EMP INSP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/report.pdf", c -> HttpRequest.GET("/api/assessments/" + c.shared() + "/report.pdf"),
                        "ADMIN EMP INSP COORD"),
                entry(HttpMethod.GET, "/api/assessments/{id}/plan.xlsx", c -> HttpRequest.GET("/api/assessments/" + c.shared() + "/plan.xlsx"),
                        "ADMIN EMP INSP"),
                entry(HttpMethod.PUT, "/api/assessments/{id}/answers", c -> HttpRequest.PUT("/api/assessments/" + c.shared() + "/answers",
                        Map.of("answers", Map.of("vpt8.m1.q1", Map.of("value", "yes")))), "ADMIN EMP"),

                // evidence documents: read as the answers are, changed as the answers are (unknown ids answer 404)
                entry(HttpMethod.GET, "/api/assessments/{id}/attachments", c -> HttpRequest.GET(
                        "/api/assessments/" + c.shared() + "/attachments"), "ADMIN EMP INSP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/attachments/{attachmentId}", c -> HttpRequest.GET(
                        "/api/assessments/" + c.shared() + "/attachments/0"), "ADMIN EMP INSP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/attachments", c -> HttpRequest.POST(
                        "/api/assessments/" + c.draft() + "/attachments", io.micronaut.http.client.multipart.MultipartBody.builder()
                                .addPart("questionId", "vpt8.m1.q1").addPart("file", "beleid.pdf",
                                        io.micronaut.http.MediaType.APPLICATION_PDF_TYPE, evidence).build())
                        .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), "ADMIN EMP"),
                entry(HttpMethod.DELETE, "/api/assessments/{id}/attachments/{attachmentId}", c -> HttpRequest.DELETE(
                        "/api/assessments/" + c.draft() + "/attachments/0"), "ADMIN EMP"),

                // answering once for both instruments: read as the answers are, taken over and confirmed as they are changed
                entry(HttpMethod.GET, "/api/assessments/{id}/prefill", c -> HttpRequest.GET(
                        "/api/assessments/" + c.draft() + "/prefill"), "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/prefill", c -> HttpRequest.POST(
                        "/api/assessments/" + c.draft() + "/prefill", Map.of("sourceAssessmentId", c.submitted())), "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/confirmations", c -> HttpRequest.POST(
                        "/api/assessments/" + c.draft() + "/confirmations", Map.of("questions", List.of("vpt8.m1.q1"))), "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/other-instrument", c -> HttpRequest.GET(
                        "/api/assessments/" + c.submitted() + "/other-instrument"), "ADMIN EMP"),
                // the plan's adoption: read with the plan, recorded by who may change it
                entry(HttpMethod.GET, "/api/assessments/{id}/plan/adoption", c -> HttpRequest.GET(
                        "/api/assessments/" + c.submitted() + "/plan/adoption"), "ADMIN EMP COORD"),
                entry(HttpMethod.PUT, "/api/assessments/{id}/plan/adoption", c -> HttpRequest.PUT(
                        "/api/assessments/" + c.submitted() + "/plan/adoption", Map.of("adoptedBy", "")), "ADMIN EMP"),
                // incident registration imports: read as the answers are, imported and taken over as they are changed
                entry(HttpMethod.POST, "/api/assessments/{id}/registration-imports", c -> HttpRequest.POST(
                        "/api/assessments/" + c.draft() + "/registration-imports", io.micronaut.http.client.multipart.MultipartBody.builder()
                                .addPart("file", "export.csv", io.micronaut.http.MediaType.TEXT_PLAIN_TYPE,
                                        "Datum incident;Functiegroep\n".getBytes()).build())
                        .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/registration-imports/latest", c -> HttpRequest.GET(
                        "/api/assessments/" + c.draft() + "/registration-imports/latest"), "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/registration-imports/{importId}", c -> HttpRequest.GET(
                        "/api/assessments/" + c.draft() + "/registration-imports/0"), "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/registration-imports/{importId}/accept", c -> HttpRequest.POST(
                        "/api/assessments/" + c.draft() + "/registration-imports/0/accept", Map.of()), "ADMIN EMP"),

                // sharing is the organisation's (administrators on its behalf)
                entry(HttpMethod.GET, "/api/assessments/{id}/shares", c -> HttpRequest.GET("/api/assessments/" + c.shareable() + "/shares"),
                        "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/shares", c -> HttpRequest.POST("/api/assessments/" + c.shareable() + "/shares",
                        Map.of("inspector", "insp-b-" + suffix)), "ADMIN EMP"),
                entry(HttpMethod.DELETE, "/api/assessments/{id}/shares/{shareId}", c -> HttpRequest.DELETE(
                        "/api/assessments/" + c.shareable() + "/shares/" + c.share()), "ADMIN EMP"),
                entry(HttpMethod.PATCH, "/api/assessments/{id}/plan/actions/{actionId}", c -> HttpRequest.PATCH(
                        "/api/assessments/" + c.submitted() + "/plan/actions/" + c.action(), Map.of("owner", "Hoofd P&O")), "ADMIN EMP"),
                entry(HttpMethod.GET, "/api/assessments/{id}/plan.xlsx", c -> HttpRequest.GET("/api/assessments/" + c.submitted() + "/plan.xlsx"),
                        "ADMIN EMP"),
                entry(HttpMethod.POST, "/api/assessments/{id}/plan.xlsx", c -> HttpRequest.POST("/api/assessments/" + c.submitted() + "/plan.xlsx",
                        notAWorkbook).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "ADMIN EMP"));
    }

    // --- the test --------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachUserGroupAsTheMatrixSays() {
        return matrix().stream().map(e -> DynamicTest.dynamicTest(e.method() + " " + e.template(), () -> {
            for (Who who : Who.values()) {
                boolean otherData = who.name().endsWith("_X");
                int status = status(e.request().apply(otherData ? other : own), who);
                String where = e.method() + " " + e.template() + " as " + who + ": " + status;
                if (who == Who.ANON) {
                    assertEquals(401, status, where);
                } else if (Set.of(e.allowed().split(" ")).contains(who.name())) {
                    assertTrue(status != 401 && status != 403 && status < 500, where);
                } else {
                    assertEquals(403, status, where);
                }
            }
        }));
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> covered = new TreeSet<>();
        matrix().forEach(e -> covered.add(e.method() + " " + e.template()));
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().map(UriRouteInfo.class::cast).forEach(route -> {
            String template = route.getUriMatchTemplate().toPathString().replaceAll("\\{[?&][^}]*}", "");
            // HEAD answers as its GET does; health and login are for everyone; the web pages (every route outside
            // /api/ but /health and /login) have their own matrix in nl.vptscan.web.PageAccessIT
            if (route.getHttpMethod() != HttpMethod.HEAD && !template.startsWith("/health") && !template.equals("/login")
                    && !isPage(template)) {
                routes.add(route.getHttpMethod() + " " + template);
            }
        });
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "endpoints without an entry in the access matrix");
    }

    /** A web page route: not the API, health or the JSON login. */
    static boolean isPage(String template) {
        return !template.startsWith("/api/") && !template.startsWith("/health") && !template.equals("/login");
    }

    @Test
    void healthAndLoginNeedNoLogin() throws Exception {
        assertEquals(200, status(HttpRequest.GET("/health"), Who.ANON));
        assertEquals(401, status(HttpRequest.POST("/login", Map.of("username", "nobody", "password", "wrong-password")), Who.ANON));
    }

    // --- set-up: two organisations, their users, assessments and plans ------------------------------------------

    @BeforeAll
    void createOrganisationsUsersAndAssessments() throws Exception {
        http = client.toBlocking();
        long regionA = id(post("/api/regions", Map.of("name", "Regio A " + suffix)));
        long regionB = id(post("/api/regions", Map.of("name", "Regio B " + suffix)));
        long orgA = id(post("/api/organisations", Map.of("name", "Gemeente A " + suffix, "sector", "gemeente",
                "employees", 300, "regionId", regionA)));
        long orgB = id(post("/api/organisations", Map.of("name", "Gemeente B " + suffix, "sector", "gemeente",
                "employees", 200, "regionId", regionB)));
        tokens.put(Who.ADMIN, null);
        tokens.put(Who.EMP, token(user("emp-a", "EMPLOYER", Map.of("organisationId", orgA))));
        tokens.put(Who.EMP_X, tokens.get(Who.EMP));
        tokens.put(Who.INSP, token(user("insp", "INSPECTOR", Map.of())));
        tokens.put(Who.INSP_X, tokens.get(Who.INSP));
        tokens.put(Who.COORD, token(user("coord-a", "REGION_COORDINATOR", Map.of("regionId", regionA))));
        tokens.put(Who.COORD_X, tokens.get(Who.COORD));
        String otherInspector = token(user("insp-b", "INSPECTOR", Map.of()));

        long auditA = submitted(orgA, "AUDIT", tokens.get(Who.INSP));
        long selfA = submitted(orgA, "SELF", null);
        long selfB = submitted(orgB, "SELF", null);
        long draftAuditB = id(as(HttpRequest.POST("/api/organisations/" + orgB + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "AUDIT")), otherInspector));
        long spare = id(post("/api/users", Map.of("username", "spare-" + suffix, "password", "long-enough-password",
                "role", "INSPECTOR")));
        long sharedA = shared(orgA, "insp");
        long sharedB = shared(orgB, "insp-b");
        long shareableA = submitted(orgA, "SELF", null);
        long shareableB = submitted(orgB, "SELF", null);
        own = new Ctx(orgA, regionA, selfA, draft(orgA), auditA, firstAction(selfA), sharedA, shareableA,
                share(shareableA, "insp-b"), spare, campaign(regionA));
        other = new Ctx(orgB, regionB, selfB, draft(orgB), draftAuditB, firstAction(selfB), sharedB, shareableB,
                share(shareableB, "insp-b"), spare, campaign(regionB));
    }

    /** A campaign asking every member of the region to complete the vpt-8 questionnaire. */
    private long campaign(long region) {
        return id(post("/api/regions/" + region + "/campaigns", Map.of("questionnaire", "vpt-8-maatregelen",
                "round", 0, "dueOn", java.time.LocalDate.now().plusDays(30).toString())));
    }

    /** A fresh login of the user behind this group's token (the test administrator for ADMIN). */
    private String freshToken(Who who) throws Exception {
        String user = Map.of(Who.ADMIN, "test-admin", Who.EMP, "emp-a-" + suffix, Who.EMP_X, "emp-a-" + suffix,
                Who.INSP, "insp-" + suffix, Who.INSP_X, "insp-" + suffix, Who.COORD, "coord-a-" + suffix,
                Who.COORD_X, "coord-a-" + suffix).get(who);
        return AdminLoginFilter.login(server.getURI(), user, who == Who.ADMIN ? "lange-beheerder-wachtzin-2026" : "long-enough-password");
    }

    private String token(String user) throws Exception {
        return AdminLoginFilter.login(server.getURI(), user + "-" + suffix, "long-enough-password");
    }

    private String user(String name, String role, Map<String, Object> binding) {
        Map<String, Object> body = new LinkedHashMap<>(binding);
        body.put("username", name + "-" + suffix);
        body.put("password", "long-enough-password");
        body.put("role", role);
        post("/api/users", body);
        return name;
    }

    @SuppressWarnings("unchecked")
    private long submitted(long org, String kind, String token) {
        long assessment = id(as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", kind)), token));
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", topic -> true,
                java.time.LocalDate.now().minusYears(3)));
        as(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)), token);
        as(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()), token);
        return assessment;
    }

    /** A submitted self-assessment that the organisation shares with the inspector. */
    private long shared(long org, String inspector) {
        long assessment = submitted(org, "SELF", null);
        share(assessment, inspector);
        return assessment;
    }

    private long share(long assessment, String inspector) {
        return id(post("/api/assessments/" + assessment + "/shares", Map.of("inspector", inspector + "-" + suffix)));
    }

    private long draft(long org) {
        return id(post("/api/organisations/" + org + "/assessments", Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")));
    }

    private long firstAction(long assessment) {
        List<Map<String, Object>> plan = http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return ((Number) plan.get(0).get("id")).longValue();
    }

    private static Entry entry(HttpMethod method, String template, Function<Ctx, MutableHttpRequest<?>> request, String allowed) {
        return new Entry(method, template, request, allowed);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String uri, Object body) {
        return http.retrieve(HttpRequest.POST(uri, body), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> as(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return http.retrieve(request, Map.class);
    }

    private static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    private int status(MutableHttpRequest<?> request, Who who) throws Exception {
        boolean ownLogin = request.getHeaders().contains(OWN_LOGIN);
        request.getHeaders().remove(OWN_LOGIN);
        if (who == Who.ANON) {
            request.header(AdminLoginFilter.ANONYMOUS, "true");
        } else if (ownLogin) {
            request.bearerAuth(freshToken(who));
        } else if (tokens.get(who) != null) {
            request.bearerAuth(tokens.get(who));
        }
        try {
            HttpResponse<?> response = http.exchange(request, byte[].class);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
