package nl.vptscan.campaign;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.benchmark.ResultRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitor over MariaDB: a region of seven members with a 0-meting (six respond, every topic at 20, 40, 40,
 * 60, 60, 80 %) and a 1-meting (the same six at 20 points more, and a newcomer), and a region of four members whose
 * round stays below the privacy threshold of five.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorIT {

    private static final String VPT8 = "vpt-8-maatregelen";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    @Client("/")
    HttpClient client;

    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String user;
    @Value("${datasources.default.password}")
    String password;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private BlockingHttpClient http;
    private long seven;
    private long four;

    @BeforeAll
    void runTwoRounds() throws Exception {
        http = client.toBlocking();
        seven = region("Monitorregio " + suffix);
        four = region("Kleine monitorregio " + suffix);
        double[] baseline = {20, 40, 40, 60, 60, 80};
        try (ResultRows rows = new ResultRows(url, user, password)) {
            long[] members = new long[6];
            for (int i = 0; i < 6; i++) {
                members[i] = member("Monitorlid " + i + " " + suffix, seven);
            }
            long newcomer = member("Nieuwkomer " + suffix, seven);
            round(seven, 0, TODAY.minusDays(60));
            for (int i = 0; i < 6; i++) {
                rows.submitted(members[i], VPT8, "SELF", TODAY.minusDays(40), baseline[i], topics(baseline[i]));
            }
            round(seven, 1, TODAY.minusDays(10));
            for (int i = 0; i < 6; i++) {
                rows.submitted(members[i], VPT8, "SELF", TODAY.minusDays(5), baseline[i] + 20, topics(baseline[i] + 20));
            }
            rows.submitted(newcomer, VPT8, "SELF", TODAY.minusDays(5), 0, topics(0));
            for (int i = 0; i < 4; i++) {
                member("Klein lid " + i + " " + suffix, four);
            }
            round(four, 0, TODAY.minusDays(60));
            // read back the small region's members through its round
            List<Map<String, Object>> smallRounds = list(get("/api/regions/" + four + "/campaigns"));
            for (Map<String, Object> m : list(smallRounds.get(0).get("members"))) {
                long id = ((Number) m.get("organisationId")).longValue();
                rows.submitted(id, VPT8, "SELF", TODAY.minusDays(40), 50, topics(50));
            }
        }
    }

    @Test
    void eachRoundCountsMembersPerLevelPerTopic() {
        Map<String, Object> monitor = monitor(seven);
        List<Map<String, Object>> rounds = list(monitor.get("rounds"));
        assertEquals(2, rounds.size());
        assertEquals(6, rounds.get(0).get("respondents"));
        assertEquals(List.of(1, 2, 2, 1, 0), topic(rounds.get(0), "m3").get("levels"));
        assertEquals(7, rounds.get(1).get("respondents"));
        assertEquals(List.of(1, 1, 2, 2, 1), topic(rounds.get(1), "m3").get("levels"));
    }

    @Test
    void changeIsOverTheMembersInBothRounds() {
        Map<String, Object> change = list(monitor(seven).get("changes")).get(0);
        assertEquals(0, change.get("fromRound"));
        assertEquals(1, change.get("toRound"));
        assertEquals(6, change.get("members"));
        Map<String, Object> m5 = topic(change, "m5");
        assertEquals(50.0, ((Number) m5.get("before")).doubleValue());
        assertEquals(70.0, ((Number) m5.get("after")).doubleValue());
        assertEquals(20.0, ((Number) m5.get("change")).doubleValue());
        assertEquals(6, m5.get("up"));
        assertEquals(0, m5.get("down"));
    }

    @Test
    void roundBelowThePrivacyThresholdShowsItsCountOnly() {
        Map<String, Object> round = list(monitor(four).get("rounds")).get(0);
        assertEquals(4, round.get("respondents"));
        assertEquals(true, round.get("withheld"));
        assertTrue(list(round.get("topics")).isEmpty());
    }

    private Map<String, Object> monitor(long region) {
        return get("/api/regions/" + region + "/monitor?questionnaire=" + VPT8);
    }

    private long region(String name) {
        return id(http.retrieve(HttpRequest.POST("/api/regions", Map.of("name", name)), Map.class));
    }

    private long member(String name, long region) {
        long id = id(http.retrieve(HttpRequest.POST("/api/organisations",
                Map.of("name", name, "sector", "gemeente", "employees", 80)), Map.class));
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + id, Map.of("since", "2024-01-01")), Map.class);
        return id;
    }

    /** A round asking every member, opened on the given day (moved back in the table: the API opens rounds today). */
    private void round(long region, int round, LocalDate opensOn) throws Exception {
        long campaign = id(http.retrieve(HttpRequest.POST("/api/regions/" + region + "/campaigns",
                Map.of("questionnaire", VPT8, "round", round, "dueOn", TODAY.plusDays(30).toString())), Map.class));
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement("UPDATE campaign SET opens_on = ? WHERE id = ?")) {
            statement.setObject(1, opensOn);
            statement.setLong(2, campaign);
            statement.executeUpdate();
        }
    }

    private static Map<String, Double> topics(double percentage) {
        Map<String, Double> topics = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            topics.put("m" + i, percentage);
        }
        return topics;
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String uri) {
        return (T) http.retrieve(HttpRequest.GET(uri), Object.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<String, Object> topic(Map<String, Object> holder, String topic) {
        return list(holder.get("topics")).stream().filter(t -> topic.equals(t.get("topic"))).findFirst().orElseThrow();
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }
}
