package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of assessments, one row per question, with the value as JSON. Callers hold the transaction
 * and the assessment's row lock.
 */
@Singleton
class AnswerStore {

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    /** The stored value of a question with only a comment or evidence note: JSON null. */
    static final String NO_ANSWER = "null";

    AnswerStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The stored answers of an assessment, keyed by question id, values read back in stored form. */
    Map<String, StoredAnswer> load(long assessmentId, Questionnaire questionnaire) {
        return jdbc.prepareStatement("SELECT question_id, answer_value, comment, evidence, updated_by, updated_at "
                + "FROM answer WHERE assessment_id = ?", statement -> {
            statement.setLong(1, assessmentId);
            Map<String, StoredAnswer> answers = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String questionId = rows.getString(1);
                    Object raw = decode(rows.getString(2));
                    Object value = raw == null ? null : questionnaire.question(questionId).map(q -> q.normalize(raw)).orElse(raw);
                    answers.put(questionId, new StoredAnswer(questionId, value, rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getTimestamp(6).toInstant()));
                }
            }
            return answers;
        });
    }

    void insert(long assessmentId, StoredAnswer answer) {
        jdbc.prepareStatement("INSERT INTO answer (assessment_id, question_id, answer_value, comment, evidence, "
                + "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setLong(1, assessmentId);
            statement.setString(2, answer.questionId());
            bind(statement, 3, answer);
            return statement.executeUpdate();
        });
    }

    void update(long assessmentId, StoredAnswer answer) {
        jdbc.prepareStatement("UPDATE answer SET answer_value = ?, comment = ?, evidence = ?, updated_by = ?, "
                + "updated_at = ? WHERE assessment_id = ? AND question_id = ?", statement -> {
            bind(statement, 1, answer);
            statement.setLong(6, assessmentId);
            statement.setString(7, answer.questionId());
            return statement.executeUpdate();
        });
    }

    void delete(long assessmentId, String questionId) {
        jdbc.prepareStatement("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?", statement -> {
            statement.setLong(1, assessmentId);
            statement.setString(2, questionId);
            return statement.executeUpdate();
        });
    }

    /** The value as JSON text, as stored and as shown in the audit trail. */
    String encode(Object value) {
        if (value == null) {
            return NO_ANSWER;
        }
        Object plain = value instanceof LocalDate date ? date.toString() : value;
        if (plain instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            plain = d.longValue();
        }
        try {
            return json.writeValueAsString(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object decode(String text) {
        if (NO_ANSWER.equals(text)) {
            return null;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bind(PreparedStatement statement, int from, StoredAnswer answer) throws SQLException {
        statement.setString(from, encode(answer.value()));
        statement.setString(from + 1, answer.comment());
        statement.setString(from + 2, answer.evidence());
        statement.setString(from + 3, answer.updatedBy());
        statement.setTimestamp(from + 4, Timestamp.from(answer.updatedAt()));
    }

}
