package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    /**
     * The stored answers of an assessment to the questions of this questionnaire, keyed by question id, each
     * value parsed by its question. Answers to questions the questionnaire no longer has are left out (see
     * {@link #loadStored}).
     */
    Map<String, StoredAnswer> load(long assessmentId, Questionnaire questionnaire) {
        // one statement for the answers and their origins, in the order of the answer table's key
        return jdbc.prepareStatement("SELECT a.question_id, a.answer_value, a.comment, a.evidence, a.updated_by, "
                + "a.updated_at, o.source_assessment_id, o.source_questionnaire_id, o.source_question_id, "
                + "o.source_submitted_at, o.source_answered_at, o.confirmed_by, o.confirmed_at "
                + "FROM answer a LEFT JOIN answer_origin o "
                + "ON o.assessment_id = a.assessment_id AND o.question_id = a.question_id "
                + "WHERE a.assessment_id = ? ORDER BY a.question_id", statement -> {
            statement.setLong(1, assessmentId);
            Map<String, StoredAnswer> answers = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String questionId = rows.getString(1);
                    Question question = questionnaire.question(questionId).orElse(null);
                    if (question == null) {
                        continue;
                    }
                    Object stored = decode(rows.getString(2));
                    answers.put(questionId, new StoredAnswer(questionId, stored == null ? null : question.parse(stored),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant(),
                            rows.getString(8) == null ? null : origin(rows, 7)));
                }
            }
            return answers;
        });
    }

    /**
     * An answer as its row holds it: the value still in stored (JSON) form, for questions that may be gone; null
     * when only a comment or evidence note was given.
     */
    record Stored(String questionId, Object json, String text, String comment, String evidence, String updatedBy,
                  Instant updatedAt) {
    }

    /** Every stored answer of an assessment, whatever questionnaire version it was given on. */
    Map<String, Stored> loadStored(long assessmentId) {
        return jdbc.prepareStatement("SELECT question_id, answer_value, comment, evidence, updated_by, updated_at "
                + "FROM answer WHERE assessment_id = ?", statement -> {
            statement.setLong(1, assessmentId);
            Map<String, Stored> answers = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String questionId = rows.getString(1);
                    String text = rows.getString(2);
                    answers.put(questionId, new Stored(questionId, decode(text), text, rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant()));
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

    /** Removes an answer, and with it any mark that it was taken over. */
    void delete(long assessmentId, String questionId) {
        deleteOrigin(assessmentId, questionId);
        jdbc.prepareStatement("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?", statement -> {
            statement.setLong(1, assessmentId);
            statement.setString(2, questionId);
            return statement.executeUpdate();
        });
    }

    /** The origin in the seven columns from {@code first}: source assessment, questionnaire, question, ... */
    private static AnswerOrigin origin(ResultSet rows, int first) throws SQLException {
        Timestamp confirmedAt = rows.getTimestamp(first + 6);
        return new AnswerOrigin(rows.getLong(first), rows.getString(first + 1), rows.getString(first + 2),
                rows.getTimestamp(first + 3).toInstant(), rows.getTimestamp(first + 4).toInstant(), confirmedAt != null,
                rows.getString(first + 5), confirmedAt == null ? null : confirmedAt.toInstant());
    }

    void insertOrigin(long assessmentId, String questionId, AnswerOrigin origin) {
        jdbc.prepareStatement("INSERT INTO answer_origin (assessment_id, question_id, source_assessment_id, "
                + "source_questionnaire_id, source_question_id, source_submitted_at, source_answered_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setLong(1, assessmentId);
            statement.setString(2, questionId);
            statement.setLong(3, origin.sourceAssessmentId());
            statement.setString(4, origin.sourceQuestionnaireId());
            statement.setString(5, origin.sourceQuestionId());
            statement.setTimestamp(6, Timestamp.from(origin.sourceSubmittedAt()));
            statement.setTimestamp(7, Timestamp.from(origin.sourceAnsweredAt()));
            return statement.executeUpdate();
        });
    }

    /** Marks a prefilled answer as confirmed; false when it was not prefilled or was confirmed before. */
    boolean confirmOrigin(long assessmentId, String questionId, String actor, Instant at) {
        return jdbc.prepareStatement("UPDATE answer_origin SET confirmed_by = ?, confirmed_at = ? "
                + "WHERE assessment_id = ? AND question_id = ? AND confirmed_at IS NULL", statement -> {
            statement.setString(1, actor);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setLong(3, assessmentId);
            statement.setString(4, questionId);
            return statement.executeUpdate();
        }) > 0;
    }

    /** The answer is the organisation's own from now on (changed or cleared): it is no longer marked as taken over. */
    void deleteOrigin(long assessmentId, String questionId) {
        jdbc.prepareStatement("DELETE FROM answer_origin WHERE assessment_id = ? AND question_id = ?", statement -> {
            statement.setLong(1, assessmentId);
            statement.setString(2, questionId);
            return statement.executeUpdate();
        });
    }

    /** The value as JSON text, as stored and as shown in the audit trail. */
    String encode(AnswerValue value) {
        if (value == null) {
            return NO_ANSWER;
        }
        try {
            return json.writeValueAsString(value.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object decode(String text) {
        if (NO_ANSWER.equals(text)) {
            return null;
        }
        String plain = plainString(text);
        if (plain != null) {
            return plain;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a JSON string without escapes ({@code "no"}, {@code "2026-03-01"}), as the JSON parser would read it,
     * without starting a parser; null for any other JSON value, which the parser reads.
     */
    static String plainString(String json) {
        int last = json.length() - 1;
        if (last < 1 || json.charAt(0) != '"' || json.charAt(last) != '"') {
            return null;
        }
        for (int i = 1; i < last; i++) {
            char c = json.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return null;
            }
        }
        return json.substring(1, last);
    }

    private void bind(PreparedStatement statement, int from, StoredAnswer answer) throws SQLException {
        statement.setString(from, encode(answer.value()));
        statement.setString(from + 1, answer.comment());
        statement.setString(from + 2, answer.evidence());
        statement.setString(from + 3, answer.updatedBy());
        statement.setTimestamp(from + 4, Timestamp.from(answer.updatedAt()));
    }

}
