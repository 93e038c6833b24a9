package nl.vptscan.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestDatabase;
import nl.vptscan.benchmark.ResultRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinator's benchmark page lists a region's members 25 at a time, by name or by overall score, with a
 * pager that keeps the order. Region: 27 members "Lid 01" to "Lid 27"; the last five have results, 50 to 90.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkPageIT {

    private static final Pattern MEMBER = Pattern.compile("<a href=\"/organisaties/\\d+\">Lid (\\d\\d) ");
    private static final String VPT8 = "vpt-8-maatregelen";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    TestDatabase database;

    private PageClient coordinator;
    private long region;

    @BeforeAll
    void regionOf27() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        region = fixture.region("Regio Pagina");
        try (ResultRows rows = new ResultRows(database)) {
            for (int i = 1; i <= 27; i++) {
                long organisation = fixture.organisation(String.format("Lid %02d", i), region);
                if (i >= 23) {
                    double score = 50 + 10 * (i - 23);
                    rows.submitted(organisation, VPT8, "SELF", LocalDate.now(), score,
                            Map.of("m1", score, "m2", score));
                }
            }
        }
        coordinator = new PageClient(server.getURI(), fixture.token(fixture.user("pagina-coord", "REGION_COORDINATOR",
                Map.of("regionId", region))));
    }

    private String page(String query) throws Exception {
        HttpResponse<String> response = coordinator.get("/regios/" + region + "/benchmark?questionnaire=" + VPT8 + query);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The numbers of the members listed, in order. */
    private static List<Integer> members(String html) {
        Matcher m = MEMBER.matcher(html.substring(html.indexOf("id=\"benchmark-members\"")));
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    @Test
    void firstPageShows25MembersByNameAndTheLastPageTheRest() throws Exception {
        List<Integer> first = members(page(""));
        assertEquals(25, first.size());
        assertEquals(1, first.get(0));
        assertEquals(25, first.get(24));
        String last = page("&pagina=2");
        assertEquals(List.of(26, 27), members(last));
        assertTrue(last.contains("sortering=naam&amp;volgorde=oplopend&amp;pagina=1"), "the pager keeps the order");
    }

    @Test
    void byScoreTheHighestComesFirstAndMembersWithoutAResultFollowByName() throws Exception {
        String html = page("&sortering=score");
        List<Integer> listed = members(html);
        assertEquals(List.of(27, 26, 25, 24, 23, 1, 2), listed.subList(0, 7));
        assertTrue(html.contains("<option value=\"score\" selected=\"selected\""), "the chosen order is shown");
        assertEquals(List.of(23, 24, 25, 26, 27, 1, 2), members(page("&sortering=score&volgorde=oplopend")).subList(0, 7));
        assertEquals(List.of(27, 26), members(page("&sortering=naam&volgorde=aflopend")).subList(0, 2));
    }

    @Test
    void aPagePastTheLastShowsTheLastAndAnUnknownOrderShowsNames() throws Exception {
        assertEquals(List.of(26, 27), members(page("&pagina=9")));
        assertEquals(1, members(page("&sortering=rang&volgorde=zijwaarts")).get(0));
    }
}
