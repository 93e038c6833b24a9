package nl.vptscan.benchmark;

import nl.vptscan.TestDatabase;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.TopicResult;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes assessments and results straight into the tables, so aggregate tests can use hand-picked scores and
 * dates (submitting through the API would give whatever the rules make of the answers, always dated today).
 * The rows look exactly like those AssessmentService stores.
 */
public final class ResultRows implements AutoCloseable {

    private final Connection connection;

    public ResultRows(TestDatabase database) throws SQLException {
        connection = database.connect();
    }

    /**
     * A submitted assessment with one SUBMIT result on the given day. A negative topic percentage stores the topic
     * as not applicable (0 of 0 points).
     */
    public long submitted(long organisationId, String questionnaireId, String kind, LocalDate day, double overall,
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
        return result(null, assessmentId, questionnaireId, reason, day, overall, topics);
    }

    /** A further result with a chosen id (null: the next one), as a result given a lower id but committed late. */
    long result(Long id, long assessmentId, String questionnaireId, String reason, LocalDate day, double overall,
                Map<String, Double> topics) throws SQLException {
        List<TopicResult> levels = new ArrayList<>();
        topics.forEach((topic, percentage) -> levels.add(new TopicResult(topic, 0, percentage >= 0 ? 10 : 0, percentage,
                percentage >= 100 ? LevelScale.EMBEDDED : LevelScale.forPercentage(Math.max(0, percentage)), null)));
        long result = insert("INSERT INTO assessment_result (id, assessment_id, reason, questionnaire_id, "
                + "questionnaire_version, ruleset_version, reference_date, overall, scored_at, overall_level, "
                + "unmet_duties) VALUES (?, ?, ?, ?, '1', 'test', ?, ?, ?, ?, 0)", id, assessmentId, reason,
                questionnaireId, Date.valueOf(day), overall, noon(day), LevelScale.overall(overall, levels, 0));
        result = id != null ? id : result;
        for (var topic : topics.entrySet()) {
            double percentage = topic.getValue();
            boolean applies = percentage >= 0;
            int level = percentage >= 100 ? LevelScale.EMBEDDED : LevelScale.forPercentage(Math.max(0, percentage));
            insert("INSERT INTO topic_score (result_id, topic, points, max_points, percentage, level) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", result, topic.getKey(), applies ? percentage / 10 : 0,
                    applies ? 10 : 0, applies ? percentage : 0, applies ? level : 0);
        }
        return result;
    }

    /**
     * Adds a VIOLATION finding on the topic to the assessment's latest result, capping that topic and the overall
     * level at partial as the service stores it.
     */
    void violation(long assessmentId, String topic, String ruleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT MAX(id) FROM assessment_result WHERE assessment_id = ?")) {
            statement.setLong(1, assessmentId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long result = rows.getLong(1);
                insert("INSERT INTO finding (result_id, position, rule_id, topic, severity, message_nl, message_en, legal) "
                        + "VALUES (?, 0, ?, ?, 'VIOLATION', 'Overtreding', 'Violation', 'Arbowet art. 3')", result, ruleId,
                        topic);
                update("UPDATE assessment_result SET unmet_duties = 1, overall_level = LEAST(overall_level, 2) WHERE id = ?",
                        result);
                update("UPDATE topic_score SET capped_by = CASE WHEN level > 2 THEN ? END, level = LEAST(level, 2) "
                        + "WHERE result_id = ? AND topic = ?", ruleId, result, topic);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
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

    /** Holds what is written from now on in one transaction, invisible to others until {@link #commit}. */
    void hold() throws SQLException {
        connection.setAutoCommit(false);
    }

    void commit() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    void rollback() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
