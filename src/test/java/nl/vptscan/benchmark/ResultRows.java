package nl.vptscan.benchmark;

import nl.vptscan.scoring.TopicScore;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Writes assessments and results straight into the tables, so aggregate tests can use hand-picked scores and
 * dates (submitting through the API would give whatever the rules make of the answers, always dated today).
 * The rows look exactly like those AssessmentService stores.
 */
final class ResultRows implements AutoCloseable {

    private final Connection connection;

    ResultRows(String url, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
    }

    /**
     * A submitted assessment with one SUBMIT result on the given day. A negative topic percentage stores the topic
     * as not applicable (0 of 0 points).
     */
    long submitted(long organisationId, String questionnaireId, String kind, LocalDate day, double overall,
                   Map<String, Double> topics) throws SQLException {
        long assessment = insert("INSERT INTO assessment (organisation_id, questionnaire_id, questionnaire_version, "
                + "kind, status, created_by, created_at, submitted_at) VALUES (?, ?, '1', ?, 'SUBMITTED', 'test', ?, ?)",
                organisationId, questionnaireId, kind, noon(day), noon(day));
        result(assessment, questionnaireId, "SUBMIT", day, overall, topics);
        return assessment;
    }

    /** A further result of an assessment, as a re-score makes it: same reference date, higher id. */
    long result(long assessmentId, String questionnaireId, String reason, LocalDate day, double overall,
                Map<String, Double> topics) throws SQLException {
        long result = insert("INSERT INTO assessment_result (assessment_id, reason, questionnaire_id, "
                + "questionnaire_version, ruleset_version, reference_date, overall, scored_at) "
                + "VALUES (?, ?, ?, '1', 'test', ?, ?, ?)", assessmentId, reason, questionnaireId, Date.valueOf(day),
                overall, noon(day));
        for (var topic : topics.entrySet()) {
            double percentage = topic.getValue();
            boolean applies = percentage >= 0;
            int level = percentage >= 100 ? TopicScore.EMBEDDED : TopicScore.levelFor(Math.max(0, percentage));
            insert("INSERT INTO topic_score (result_id, topic, points, max_points, percentage, level) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", result, topic.getKey(), applies ? percentage / 10 : 0,
                    applies ? 10 : 0, applies ? percentage : 0, applies ? level : 0);
        }
        return result;
    }

    /** A draft assessment: started, never submitted, no result. */
    void draft(long organisationId, String questionnaireId) throws SQLException {
        insert("INSERT INTO assessment (organisation_id, questionnaire_id, questionnaire_version, kind, status, "
                + "created_by, created_at) VALUES (?, ?, '1', 'SELF', 'DRAFT', 'test', ?)", organisationId,
                questionnaireId, Timestamp.from(java.time.Instant.now()));
    }

    private static Timestamp noon(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
