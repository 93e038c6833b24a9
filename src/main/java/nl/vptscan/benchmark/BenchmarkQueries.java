package nl.vptscan.benchmark;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's SQL. Every figure over a group is aggregated in the database (window functions and GROUP BY
 * that MariaDB 10.11 and H2 in MariaDB mode both run); only one row per topic, or per member and topic, comes
 * back. A member's result is the latest result (by id) of its latest submitted SELF assessment (by submission
 * time, then id) of the questionnaire. Callers hold the transaction.
 */
@Singleton
class BenchmarkQueries {

    /** The topic key of the overall score. */
    static final String OVERALL = "overall";

    private static final String LATEST = """
            ranked AS (
              SELECT a.organisation_id, a.id AS assessment_id,
                     ROW_NUMBER() OVER (PARTITION BY a.organisation_id ORDER BY a.submitted_at DESC, a.id DESC) AS rn
              FROM organisation o JOIN assessment a ON a.organisation_id = o.id
              WHERE %s AND a.questionnaire_id = ? AND a.kind = 'SELF' AND a.status = 'SUBMITTED'
            ),
            latest AS (
              SELECT r.organisation_id, MAX(res.id) AS result_id
              FROM ranked r JOIN assessment_result res ON res.assessment_id = r.assessment_id
              WHERE r.rn = 1
              GROUP BY r.organisation_id
            )""";

    /*
     * Scores per organisation and topic; the overall score's level is the one its percentage gives
     * (TopicScore.levelFor: 0 below 25, 1 below 50, 2 below 75, else 3). Topics that did not apply
     * (no points to earn) are left out.
     */
    private static final String SCORES = """
            %1$s AS (
              SELECT l.organisation_id, '%2$s' AS topic, res.overall AS score,
                     CASE WHEN res.overall >= 75 THEN 3 WHEN res.overall >= 50 THEN 2
                          WHEN res.overall >= 25 THEN 1 ELSE 0 END AS level
              FROM %3$s l JOIN assessment_result res ON res.id = l.result_id
              UNION ALL
              SELECT l.organisation_id, t.topic, t.percentage, t.level
              FROM %3$s l JOIN topic_score t ON t.result_id = l.result_id
              WHERE t.max_points > 0
            )""";

    private static final String AGGREGATES = """
            WITH %s,
            %s,
            ordered AS (
              SELECT topic, score, level,
                     ROW_NUMBER() OVER (PARTITION BY topic ORDER BY score) AS rn,
                     COUNT(*) OVER (PARTITION BY topic) AS n
              FROM scores
            )
            SELECT s.topic, COUNT(*), AVG(s.score), MIN(s.score), MAX(s.score),
                   MIN(CASE WHEN s.rn = FLOOR((s.n - 1) * 0.25) + 1 THEN s.score END),
                   MIN(CASE WHEN s.rn = CEILING((s.n - 1) * 0.25) + 1 THEN s.score END),
                   MIN(CASE WHEN s.rn = FLOOR((s.n - 1) * 0.5) + 1 THEN s.score END),
                   MIN(CASE WHEN s.rn = CEILING((s.n - 1) * 0.5) + 1 THEN s.score END),
                   MIN(CASE WHEN s.rn = FLOOR((s.n - 1) * 0.75) + 1 THEN s.score END),
                   MIN(CASE WHEN s.rn = CEILING((s.n - 1) * 0.75) + 1 THEN s.score END),
                   SUM(CASE WHEN s.level = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN s.level = 1 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN s.level = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN s.level = 3 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN s.level = 4 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN s.score < own.score THEN 1 ELSE 0 END),
                   SUM(CASE WHEN s.score = own.score THEN 1 ELSE 0 END),
                   MAX(own.score)
            FROM ordered s LEFT JOIN scores own ON own.topic = s.topic AND own.organisation_id = ?
            GROUP BY s.topic""";

    /*
     * The previous year's result: the latest result (by reference date, then id) of a submitted SELF assessment
     * of the same questionnaire whose reference date lies in the calendar year before the latest result's.
     */
    private static final String MEMBERS = """
            WITH %s,
            current_result AS (
              SELECT l.organisation_id, l.result_id, res.reference_date
              FROM latest l JOIN assessment_result res ON res.id = l.result_id
            ),
            previous AS (
              SELECT organisation_id, result_id, reference_date FROM (
                SELECT c.organisation_id, res.id AS result_id, res.reference_date,
                       ROW_NUMBER() OVER (PARTITION BY c.organisation_id
                                          ORDER BY res.reference_date DESC, res.id DESC) AS rn
                FROM current_result c
                JOIN assessment a ON a.organisation_id = c.organisation_id
                JOIN assessment_result res ON res.assessment_id = a.id
                WHERE a.questionnaire_id = ? AND a.kind = 'SELF' AND a.status = 'SUBMITTED'
                  AND YEAR(res.reference_date) = YEAR(c.reference_date) - 1
              ) p WHERE p.rn = 1
            ),
            %s,
            %s,
            placed AS (
              SELECT organisation_id, topic, score, level,
                     RANK() OVER (PARTITION BY topic ORDER BY score) - 1 AS below,
                     COUNT(*) OVER (PARTITION BY topic, score) AS ties,
                     COUNT(*) OVER (PARTITION BY topic) AS n
              FROM scores
            )
            SELECT s.organisation_id, s.topic, s.score, s.level, s.below, s.ties, s.n, ps.score,
                   c.reference_date, p.reference_date
            FROM placed s
            JOIN current_result c ON c.organisation_id = s.organisation_id
            LEFT JOIN previous p ON p.organisation_id = s.organisation_id
            LEFT JOIN previous_scores ps ON ps.organisation_id = s.organisation_id AND ps.topic = s.topic""";

    private final JdbcOperations jdbc;

    BenchmarkQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per score (overall and each applicable topic) over the scope; below/ties relative to ownId. */
    List<AggregateRow> aggregates(Scope scope, String questionnaireId, long ownId) {
        String sql = AGGREGATES.formatted(LATEST.formatted(scope.condition()), scores("scores", "latest"));
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            statement.setLong(3, ownId);
            List<AggregateRow> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new AggregateRow(r.getString(1), r.getLong(2), number(r, 3), number(r, 4), number(r, 5),
                            number(r, 6), number(r, 7), number(r, 8), number(r, 9), number(r, 10), number(r, 11),
                            List.of(r.getLong(12), r.getLong(13), r.getLong(14), r.getLong(15), r.getLong(16)),
                            r.getLong(17), r.getLong(18), nullableNumber(r, 19)));
                }
            }
            return rows;
        });
    }

    /** Every member's score per topic in the scope, with its place in the scope and the previous year's score. */
    List<ScoreRow> scores(Scope scope, String questionnaireId) {
        String sql = MEMBERS.formatted(LATEST.formatted(scope.condition()), scores("scores", "latest"),
                scores("previous_scores", "previous"));
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            statement.setString(3, questionnaireId);
            statement.setFetchSize(1000);
            List<ScoreRow> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    Date previousDate = r.getDate(10);
                    rows.add(new ScoreRow(r.getLong(1), r.getString(2), number(r, 3), r.getInt(4), r.getLong(5),
                            r.getLong(6), r.getLong(7), nullableNumber(r, 8), r.getDate(9).toLocalDate(),
                            previousDate == null ? null : previousDate.toLocalDate()));
                }
            }
            return rows;
        });
    }

    private static String scores(String name, String results) {
        return SCORES.formatted(name, OVERALL, results);
    }

    private static double number(ResultSet r, int column) throws SQLException {
        return r.getBigDecimal(column).doubleValue();
    }

    private static Double nullableNumber(ResultSet r, int column) throws SQLException {
        BigDecimal value = r.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

}
