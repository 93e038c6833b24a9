package nl.vptscan.benchmark;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The region benchmark over MariaDB, with hand-computed figures. The database is shared with other tests, so
 * every region and organisation here has a unique name and only those are asserted on. Results are written with
 * {@link ResultRows} to control scores and dates.
 *
 * <p>Region "six": overall 40, 55, 55, 70, 85, 100 (a tie at 55), topic m1 0, 25, 50, 50, 75, 100, topic m8 not
 * applicable to the first member, a VIOLATION on m2 for the fifth (overall 85, so its overall level is capped at
 * partial), and a seventh member with only a draft. Region "four": four results.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkIT {

    private static final String VPT8 = "vpt-8-maatregelen";
    private static final String SECTOR = "woningcorporatie";
    private static final LocalDate NOW = LocalDate.of(2026, 3, 10);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestDatabase database;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private BlockingHttpClient http;
    private long six;
    private long four;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeAll
    void createRegions() throws Exception {
        http = client.toBlocking();
        six = region("Regio Zes " + suffix);
        four = region("Regio Vier " + suffix);
        try (ResultRows rows = new ResultRows(database)) {
            double[] overall = {40, 55, 55, 70, 85, 100};
            double[] m1 = {0, 25, 50, 50, 75, 100};
            for (int i = 0; i < 6; i++) {
                long organisation = organisation("Lid " + (char) ('A' + i) + " " + suffix, six);
                long assessment = rows.submitted(organisation, VPT8, "SELF", NOW.minusDays(i),
                        i == 3 ? 65 : overall[i], topics(i == 3 ? 65 : overall[i], m1[i], i == 0));
                if (i == 4) {
                    rows.violation(assessment, "m2", "VPT8-M2-99");
                }
            }
            long d = ids.get("D");
            long latestOfD = latestAssessment(d);
            rows.result(latestOfD, VPT8, "RESCORE", NOW.minusDays(3), 70, topics(70, 50, false));
            rows.submitted(d, VPT8, "SELF", LocalDate.of(2025, 11, 1), 60, topics(60, 40, false));
            rows.submitted(d, VPT8, "SELF", LocalDate.of(2025, 2, 1), 50, topics(50, 40, false));
            rows.submitted(d, VPT8, "SELF", LocalDate.of(2024, 5, 1), 30, topics(30, 40, false));
            rows.submitted(d, VPT8, "AUDIT", NOW.plusDays(5), 10, topics(10, 10, false));
            rows.submitted(d, "ai-agressie-11", "SELF", NOW.plusDays(5), 5, Map.of("p01", 5.0));
            rows.draft(d, VPT8);
            rows.submitted(ids.get("B"), VPT8, "SELF", LocalDate.of(2026, 1, 2), 40, topics(40, 40, false));
            rows.draft(organisation("=HYPERLINK(\"x\")", six), VPT8);
            for (int i = 0; i < 4; i++) {
                long organisation = organisation("Klein " + i + " " + suffix, four);
                rows.submitted(organisation, VPT8, "SELF", NOW, 50 + 10 * i, topics(50 + 10 * i, 50, false));
            }
        }
    }

    private long latestAssessment(long organisation) {
        List<Map<String, Object>> list = http.retrieve(HttpRequest.GET("/api/organisations/" + organisation + "/assessments"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return list.stream().mapToLong(a -> ((Number) a.get("id")).longValue()).max().orElseThrow();
    }

    /** Every vpt-8 topic at the overall score, except m1; m8 does not apply when asked. */
    private static Map<String, Double> topics(double overall, double m1, boolean m8NotApplicable) {
        Map<String, Double> topics = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            topics.put("m" + i, overall);
        }
        topics.put("m1", m1);
        if (m8NotApplicable) {
            topics.put("m8", -1.0);
        }
        return topics;
    }

    @SuppressWarnings("unchecked")
    private long region(String name) {
        return ((Number) http.retrieve(HttpRequest.POST("/api/regions", Map.of("name", name)), Map.class).get("id"))
                .longValue();
    }

    /** Creates the organisation, then makes it a member through the membership endpoint. */
    @SuppressWarnings("unchecked")
    private long organisation(String name, long region) {
        long id = ((Number) http.retrieve(HttpRequest.POST("/api/organisations",
                Map.of("name", name, "sector", SECTOR, "employees", 120)), Map.class).get("id")).longValue();
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + id, Map.of("since", "2024-01-01")), Map.class);
        if (name.startsWith("Lid ")) {
            ids.put(name.substring(4, 5), id);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri) {
        return http.retrieve(HttpRequest.GET(uri), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<String, Object> topic(List<Map<String, Object>> scores, String topic) {
        return scores.stream().filter(s -> topic.equals(s.get("topic"))).findFirst().orElseThrow();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private Map<String, Object> member(Map<String, Object> benchmark, String letter) {
        long id = ids.get(letter);
        return list(benchmark.get("scores")).stream()
                .filter(m -> ((Number) m.get("organisationId")).longValue() == id).findFirst().orElseThrow();
    }

    @Nested
    class RegionOfSix {

        private final Map<String, Object> benchmark = get("/api/regions/" + six + "/benchmark?questionnaire=" + VPT8);

        @Test
        void countsOnlyMembersWithASubmittedSelfAssessment() {
            assertEquals(7, benchmark.get("members"));
            assertEquals(6, benchmark.get("membersWithResult"));
            Map<String, Object> draftOnly = list(benchmark.get("scores")).stream()
                    .filter(m -> "=HYPERLINK(\"x\")".equals(m.get("name"))).findFirst().orElseThrow();
            assertEquals(false, draftOnly.get("hasResult"));
            assertNull(draftOnly.get("overall"));
        }

        @Test
        void overallDistributionMatchesTheHandComputedFigures() {
            Map<String, Object> d = map(map(map(benchmark.get("distribution")).get("overall")).get("distribution"));
            assertEquals(6, d.get("count"));
            assertEquals(67.5, number(d, "mean"));
            assertEquals(40.0, number(d, "min"));
            assertEquals(55.0, number(d, "p25"));
            assertEquals(62.5, number(d, "median"));
            assertEquals(81.25, number(d, "p75"));
            assertEquals(100.0, number(d, "max"));
            assertEquals(List.of(0, 1, 4, 0, 1), d.get("levels"));
        }

        @Test
        void overallLevelsComeFromTheCappedModelAndMembersWithUnmetDutiesAreCounted() {
            Map<String, Object> group = map(benchmark.get("distribution"));
            assertEquals(1, group.get("membersWithUnmetDuties"));
            Map<String, Object> e = member(benchmark, "E");
            assertEquals(85.0, number(map(e.get("overall")), "score"));
            assertEquals(2, map(e.get("overall")).get("level"));
            assertEquals(1, e.get("unmetDuties"));
            assertEquals(4, map(member(benchmark, "F").get("overall")).get("level"));
        }

        @Test
        void topicDistributionInterpolatesQuartilesAndCountsLevels() {
            Map<String, Object> m1 = map(topic(list(map(benchmark.get("distribution")).get("topics")), "m1")
                    .get("distribution"));
            assertEquals(50.0, number(m1, "mean"));
            assertEquals(31.25, number(m1, "p25"));
            assertEquals(50.0, number(m1, "median"));
            assertEquals(68.75, number(m1, "p75"));
            assertEquals(List.of(1, 1, 2, 1, 1), m1.get("levels"));
        }

        @Test
        void topicThatDidNotApplyIsLeftOutOfItsDistribution() {
            Map<String, Object> m8 = topic(list(map(benchmark.get("distribution")).get("topics")), "m8");
            assertEquals(5, m8.get("organisations"));
            assertEquals(73.0, number(map(m8.get("distribution")), "mean"));
            assertNull(topic(list(member(benchmark, "A").get("topics")), "m8").get("score"));
        }

        @Test
        void percentilesCountLowerScoresPlusHalfTheTies() {
            assertEquals(8.3, number(map(member(benchmark, "A").get("overall")), "percentile"));
            assertEquals(33.3, number(map(member(benchmark, "B").get("overall")), "percentile"));
            assertEquals(33.3, number(map(member(benchmark, "C").get("overall")), "percentile"));
            assertEquals(58.3, number(map(member(benchmark, "D").get("overall")), "percentile"));
            assertEquals(91.7, number(map(member(benchmark, "F").get("overall")), "percentile"));
            assertEquals(50.0, number(topic(list(member(benchmark, "D").get("topics")), "m1"), "percentile"));
        }

        @Test
        void memberScoreIsTheLatestResultOfTheLatestSubmittedSelfAssessment() {
            Map<String, Object> d = member(benchmark, "D");
            assertEquals(70.0, number(map(d.get("overall")), "score"));
            assertEquals(NOW.minusDays(3).toString(), d.get("referenceDate"));
        }

        @Test
        void changeIsAgainstTheLatestResultOfThePreviousCalendarYear() {
            Map<String, Object> d = member(benchmark, "D");
            assertEquals("2025-11-01", d.get("previousReferenceDate"));
            assertEquals(60.0, number(map(d.get("overall")), "previous"));
            assertEquals(10.0, number(map(d.get("overall")), "change"));
            assertEquals(10.0, number(topic(list(d.get("topics")), "m1"), "change"));
        }

        @Test
        void noChangeWhenTheEarlierResultIsFromTheSameYear() {
            Map<String, Object> b = member(benchmark, "B");
            assertNull(b.get("previousReferenceDate"));
            assertNull(map(b.get("overall")).get("change"));
        }
    }

    @Test
    void regionOfFourSaysThereAreTooFewAndShowsNoDistributionOrPercentile() {
        Map<String, Object> benchmark = get("/api/regions/" + four + "/benchmark?questionnaire=" + VPT8);
        Map<String, Object> group = map(benchmark.get("distribution"));
        assertEquals("Te weinig organisaties (4) om te vergelijken; minimaal 5", map(group.get("withheld")).get("nl"));
        assertEquals("Too few organisations (4) to compare; at least 5", map(group.get("withheld")).get("en"));
        assertNull(map(group.get("overall")).get("distribution"));
        list(group.get("topics")).forEach(t -> assertNull(t.get("distribution")));
        list(benchmark.get("scores")).forEach(m -> {
            assertNotNull(map(m.get("overall")).get("score"));
            assertNull(map(m.get("overall")).get("percentile"));
        });
    }

    @Test
    void memberSeesItsRegionAndSectorWithoutAnyOtherMembersName() {
        String json = http.retrieve(HttpRequest.GET("/api/organisations/" + ids.get("A") + "/benchmark?questionnaire="
                + VPT8), String.class);
        for (String other : List.of("B", "C", "D", "E", "F")) {
            assertFalse(json.contains("Lid " + other), other);
        }
        assertFalse(json.contains("HYPERLINK"));
        assertFalse(json.contains("Klein"));
        Map<String, Object> view = get("/api/organisations/" + ids.get("A") + "/benchmark?questionnaire=" + VPT8);
        assertEquals(40.0, number(map(view.get("overall")), "score"));
        Map<String, Object> regionOverall = map(map(view.get("region")).get("overall"));
        assertEquals(8.3, number(regionOverall, "percentile"));
        assertEquals(62.5, number(map(regionOverall.get("distribution")), "median"));
        assertTrue(((Number) map(view.get("sector")).get("organisations")).intValue() >= 10);
        assertFalse(json.contains("\"scores\""));
    }

    @Test
    void memberOfATooSmallRegionGetsTheReasonInsteadOfFigures() {
        long member = list(get("/api/regions/" + four + "/benchmark?questionnaire=" + VPT8).get("scores")).stream()
                .mapToLong(m -> ((Number) m.get("organisationId")).longValue()).findFirst().orElseThrow();
        Map<String, Object> region = map(get("/api/organisations/" + member + "/benchmark?questionnaire=" + VPT8)
                .get("region"));
        assertNotNull(region.get("withheld"));
        assertNull(map(region.get("overall")).get("percentile"));
        assertNull(map(region.get("overall")).get("distribution"));
    }

    @Test
    void questionnaireIsRequiredAndMustExist() {
        for (String query : List.of("", "?questionnaire=nope")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http.exchange(HttpRequest.GET("/api/regions/" + six + "/benchmark" + query), Map.class));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
            assertTrue(e.getResponse().getBody(String.class).orElse("").contains("questionnaire"));
        }
    }

    @Test
    void resultFromBeforeAMemberJoinedIsNotInTheRegionsFigures() throws Exception {
        long region = region("Regio Laat " + suffix);
        long early = organisation("Vroeg " + suffix, region);
        long late = organisation("Laat " + suffix, region);
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + late, Map.of("since", "2026-03-01")),
                Map.class);
        try (ResultRows rows = new ResultRows(database)) {
            rows.submitted(early, VPT8, "SELF", LocalDate.of(2026, 2, 1), 50, topics(50, 50, false));
            rows.submitted(late, VPT8, "SELF", LocalDate.of(2026, 2, 1), 90, topics(90, 90, false));
        }
        Map<String, Object> benchmark = get("/api/regions/" + region + "/benchmark?questionnaire=" + VPT8);
        assertEquals(1, benchmark.get("membersWithResult"));
        assertEquals(1, ((Number) map(benchmark.get("distribution")).get("organisations")).intValue());
        Map<String, Object> lateMember = list(benchmark.get("scores")).stream()
                .filter(m -> ((Number) m.get("organisationId")).longValue() == late).findFirst().orElseThrow();
        assertEquals(false, lateMember.get("hasResult"));
        Map<String, Object> own = get("/api/organisations/" + late + "/benchmark?questionnaire=" + VPT8);
        assertEquals(90.0, number(map(own.get("overall")), "score"));
    }

    @Test
    void membershipEndpointSetsRegionAndStartDate() {
        Map<String, Object> organisation = get("/api/organisations/" + ids.get("A"));
        assertEquals(six, ((Number) organisation.get("regionId")).longValue());
        assertEquals("2024-01-01", organisation.get("regionSince"));
    }

    /** The names on one page of region six's members, letters for "Lid X", "=" for the member without a result. */
    private List<String> names(String query) {
        Map<String, Object> page = get("/api/regions/" + six + "/benchmark?questionnaire=" + VPT8 + "&" + query);
        return list(page.get("scores")).stream().map(m -> (String) m.get("name"))
                .map(n -> n.startsWith("=") ? "=" : n.substring(4, 5)).toList();
    }

    @Nested
    class MembersAPageAtATime {

        @Test
        void byScoreHighestFirstTiesByNameAndMembersWithoutAResultLast() {
            assertEquals(List.of("F", "E", "D"), names("sort=score&size=3"));
            assertEquals(List.of("B", "C", "A"), names("sort=score&size=3&page=2"));
            assertEquals(List.of("="), names("sort=score&size=3&page=3"));
        }

        @Test
        void byScoreAscendingStillPutsMembersWithoutAResultLast() {
            assertEquals(List.of("A", "B", "C", "D", "E", "F", "="), names("sort=score&order=asc"));
        }

        @Test
        void byNameBothWays() {
            assertEquals(List.of("=", "A", "B", "C", "D", "E", "F"), names(""));
            assertEquals(List.of("F", "E", "D", "C", "B", "A", "="), names("sort=name&order=desc"));
        }

        @Test
        void saysThePageAndTheTotalAndTheLastPageHoldsTheRest() {
            Map<String, Object> last = get("/api/regions/" + six + "/benchmark?questionnaire=" + VPT8
                    + "&size=5&page=2&sort=score");
            assertEquals(7, last.get("members"));
            assertEquals(2, last.get("page"));
            assertEquals(5, last.get("pageSize"));
            assertEquals(2, last.get("pages"));
            assertEquals("score", last.get("sort"));
            assertEquals("desc", last.get("order"));
            assertEquals(2, list(last.get("scores")).size());
            assertEquals(List.of(), names("size=5&page=3"));
        }

        @Test
        void everyPageCarriesTheDistributionAndPercentilesOverAllMembers() {
            Map<String, Object> all = get("/api/regions/" + six + "/benchmark?questionnaire=" + VPT8);
            Map<String, Object> second = get("/api/regions/" + six + "/benchmark?questionnaire=" + VPT8
                    + "&size=2&page=2&sort=score");
            assertEquals(all.get("distribution"), second.get("distribution"));
            assertEquals(6, second.get("membersWithResult"));
            Map<String, Object> d = list(second.get("scores")).get(0);
            assertEquals((long) ids.get("D"), ((Number) d.get("organisationId")).longValue());
            assertEquals(map(member(all, "D").get("overall")), map(d.get("overall")));
        }

        @Test
        void refusesPageSizeSortAndOrderOutOfBoundsNamingEachField() {
            Map<String, String> cases = Map.of("page=0", "page", "size=0", "size", "size=501", "size",
                    "sort=rank", "sort", "order=up", "order", "page=x", "page");
            cases.forEach((query, field) -> {
                HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                        HttpRequest.GET("/api/regions/" + six + "/benchmark?questionnaire=" + VPT8 + "&" + query),
                        Map.class));
                assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), query);
                assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
                Map<String, Object> problem = map(e.getResponse().getBody(Map.class).orElseThrow());
                assertEquals(List.of(field), list(problem.get("errors")).stream().map(f -> f.get("field")).toList(), query);
            });
        }
    }

    @Test
    void figuresFollowANewResultAndAMemberLeaving() throws Exception {
        long region = region("Regio Wisselend " + suffix);
        List<Long> members = new java.util.ArrayList<>();
        try (ResultRows rows = new ResultRows(database)) {
            for (int i = 0; i < 5; i++) {
                long organisation = organisation("Wissel " + i + " " + suffix, region);
                members.add(organisation);
                if (i < 4) {
                    rows.submitted(organisation, VPT8, "SELF", NOW, 50, topics(50, 50, false));
                }
            }
            Map<String, Object> four = get("/api/regions/" + region + "/benchmark?questionnaire=" + VPT8);
            assertNotNull(map(four.get("distribution")).get("withheld"));
            rows.submitted(members.get(4), VPT8, "SELF", NOW, 100, topics(100, 100, false));
        }
        Map<String, Object> five = get("/api/regions/" + region + "/benchmark?questionnaire=" + VPT8);
        assertEquals(5, five.get("membersWithResult"));
        assertEquals(60.0, number(map(map(map(five.get("distribution")).get("overall")).get("distribution")), "mean"));
        Map<String, Object> own = get("/api/organisations/" + members.get(0) + "/benchmark?questionnaire=" + VPT8);
        assertEquals(5, ((Number) map(own.get("region")).get("organisations")).intValue());
        http.exchange(HttpRequest.DELETE("/api/regions/" + region + "/members/" + members.get(4)));
        Map<String, Object> afterLeaving = get("/api/regions/" + region + "/benchmark?questionnaire=" + VPT8);
        assertEquals(4, afterLeaving.get("membersWithResult"));
        assertEquals(4, afterLeaving.get("members"));
        Map<String, Object> ownAfter = get("/api/organisations/" + members.get(0) + "/benchmark?questionnaire=" + VPT8);
        assertEquals(4, ((Number) map(ownAfter.get("region")).get("organisations")).intValue());
    }

    @Test
    void workbookHasItsSheetsChartHeatMapFormattingAndFormulaSafeNames() throws Exception {
        HttpResponse<byte[]> response = http.exchange(HttpRequest.GET("/api/regions/" + six
                + "/benchmark.xlsx?questionnaire=" + VPT8 + "&lang=en"), byte[].class);
        assertEquals(BenchmarkController.XLSX, response.getContentType().orElseThrow().toString());
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"benchmark-region-"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertNotNull(workbook.getSheet("Overview"));
            assertNotNull(workbook.getSheet("Ranking"));
            assertNotNull(workbook.getSheet("Trend"));
            assertEquals(1, workbook.getSheet("Overview").getDrawingPatriarch().getCharts().size());
            assertEquals(1, workbook.getSheet("Heat map").getSheetConditionalFormatting().getNumConditionalFormattings());
            Cell name = workbook.getSheet("Heat map").getRow(1).getCell(0);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("=HYPERLINK(\"x\")", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
            assertEquals("Lid F " + suffix, workbook.getSheet("Ranking").getRow(1).getCell(1).getStringCellValue());
        }
    }
}
