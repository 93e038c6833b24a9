package nl.vptscan.assessment;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A submit that fails after the result rows are written leaves no trace: still a draft, every answer intact. */
@MicronautTest(transactional = false)
@Property(name = "test.fail-after-result-stored", value = "true")
class SubmitFailureIT {

    @Singleton
    @Requires(property = "test.fail-after-result-stored", value = "true")
    static class FailingListener implements ApplicationEventListener<AssessmentSubmitted> {
        @Override
        public void onApplicationEvent(AssessmentSubmitted event) {
            throw new IllegalStateException("forced failure after the result was stored");
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    @SuppressWarnings("unchecked")
    void failureHalfWayLeavesTheDraftAndItsAnswersIntact() {
        Api api = new Api(client.toBlocking());
        long assessment = api.assessment(api.organisation("Gemeente Faalstad"), "vpt-8-maatregelen", "SELF");
        Map<String, Object> all = new LinkedHashMap<>();
        Answers.allInPlace("vpt-8-maatregelen").forEach((k, v) -> all.put(k, Api.answer(v)));
        Map<String, Object> before = (Map<String, Object>) api.put("/api/assessments/" + assessment + "/answers",
                Map.of("answers", all)).get("answers");

        api.problem(HttpStatus.INTERNAL_SERVER_ERROR, HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()));

        assertEquals("DRAFT", api.get("/api/assessments/" + assessment).get("status"));
        assertEquals(before, api.get("/api/assessments/" + assessment + "/answers").get("answers"));
        assertEquals(0, count("SELECT COUNT(*) FROM assessment_result WHERE assessment_id = " + assessment));
        assertEquals(0, count("SELECT COUNT(*) FROM topic_score t JOIN assessment_result r ON r.id = t.result_id "
                + "WHERE r.assessment_id = " + assessment));
        List<String> statusChanges = api.list("/api/assessments/" + assessment + "/audit").stream()
                .filter(e -> "STATUS".equals(e.get("kind"))).map(e -> (String) e.get("newValue")).toList();
        assertEquals(List.of("DRAFT"), statusChanges);
    }

    private int count(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }));
    }
}
