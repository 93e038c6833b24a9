package nl.vptscan.benchmark;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import nl.vptscan.result.LevelScale;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's SQL, portable between MariaDB 10.11 and H2 in MariaDB mode (CTEs, ROW_NUMBER and SUM OVER).
 * A member's result is the latest result (by id) of its latest submitted SELF assessment (by submission time,
 * then id) of the questionnaire, in a region only one submitted since the member joined. Distributions are aggregated in the database: scores are grouped into a
 * histogram per topic (scores have one decimal, so at most 1,001 rows per topic), cumulative counts give the
 * order statistics for the quartiles, and only the aggregates and the histogram come back. Callers hold the
 * transaction.
 */
@Singleton
class BenchmarkQueries {

    /** The topic key of the overall score. */
    static final String OVERALL = "overall";

    private static final String LATEST = """
            WITH ranked AS (
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
            ),
            judged AS (
              SELECT l.organisation_id, res.id AS result_id, res.overall, res.overall_level,
                     COALESCE(res.unmet_duties, (SELECT COUNT(*) FROM finding f
                                                 WHERE f.result_id = res.id AND f.severity = 'VIOLATION')) AS unmet
              FROM latest l JOIN assessment_result res ON res.id = l.result_id
            ),
            overall_level AS (
              SELECT organisation_id, result_id, overall, unmet,
                     COALESCE(overall_level, CASE WHEN overall >= 75 AND unmet = 0 THEN 3 WHEN overall >= 50 THEN 2
                                                  WHEN overall >= 25 THEN 1 ELSE 0 END) AS lv
              FROM judged
            )""";

    /*
     * The histogram per topic, then per topic: count, mean, extremes, the scores at the 1-based positions
     * FLOOR/CEILING((n - 1) p) + 1 (the smallest score whose cumulative count reaches the position) and the
     * level counts and, for the overall score, how many members have an unmet legal duty (kind 'A'); and per
     * distinct score the count below it and at it (kind 'H'). The overall level is the stored one (capped at
     * partial while a legal duty is unmet), or for a result stored without it, the one its percentage and its
     * violations give. Topics that did not apply (no points to earn) are left out.
     */
    private static final String DISTRIBUTION = LATEST + """
            ,
            hist AS (
              SELECT t.topic, t.percentage AS score, COUNT(*) AS c,
                     SUM(CASE WHEN t.level = 0 THEN 1 ELSE 0 END) AS l0, SUM(CASE WHEN t.level = 1 THEN 1 ELSE 0 END) AS l1,
                     SUM(CASE WHEN t.level = 2 THEN 1 ELSE 0 END) AS l2, SUM(CASE WHEN t.level = 3 THEN 1 ELSE 0 END) AS l3,
                     SUM(CASE WHEN t.level = 4 THEN 1 ELSE 0 END) AS l4, 0 AS u
              FROM latest l JOIN topic_score t ON t.result_id = l.result_id
              WHERE t.max_points > 0
              GROUP BY t.topic, t.percentage
              UNION ALL
              SELECT '%s', o.overall, COUNT(*),
                     SUM(CASE WHEN o.lv = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN o.lv = 1 THEN 1 ELSE 0 END),
                     SUM(CASE WHEN o.lv = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN o.lv = 3 THEN 1 ELSE 0 END),
                     SUM(CASE WHEN o.lv = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN o.unmet > 0 THEN 1 ELSE 0 END)
              FROM overall_level o
              GROUP BY o.overall
            ),
            cum AS (
              SELECT topic, score, c, l0, l1, l2, l3, l4, u,
                     SUM(c) OVER (PARTITION BY topic ORDER BY score) AS upto,
                     SUM(c) OVER (PARTITION BY topic) AS n
              FROM hist
            )
            SELECT 'A', topic, NULL, MAX(n), SUM(score * c) / MAX(n), MIN(score), MAX(score),
                   MIN(CASE WHEN upto >= FLOOR((n - 1) * 0.25) + 1 THEN score END),
                   MIN(CASE WHEN upto >= CEILING((n - 1) * 0.25) + 1 THEN score END),
                   MIN(CASE WHEN upto >= FLOOR((n - 1) * 0.5) + 1 THEN score END),
                   MIN(CASE WHEN upto >= CEILING((n - 1) * 0.5) + 1 THEN score END),
                   MIN(CASE WHEN upto >= FLOOR((n - 1) * 0.75) + 1 THEN score END),
                   MIN(CASE WHEN upto >= CEILING((n - 1) * 0.75) + 1 THEN score END),
                   SUM(l0), SUM(l1), SUM(l2), SUM(l3), SUM(l4), SUM(u)
            FROM cum GROUP BY topic
            UNION ALL
            SELECT 'H', topic, score, n, upto - c, c, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   NULL
            FROM cum""";

    /*
     * Every member's latest scores (kind 'C') and its previous year's (kind 'P'): the latest result (by reference
     * date, then id) of a submitted SELF assessment of the same questionnaire whose reference date lies in the
     * calendar year before the latest result's.
     */
    private static final String SCORES = LATEST + """
            ,
            previous AS (
              SELECT organisation_id, result_id FROM (
                SELECT l.organisation_id, res.id AS result_id,
                       ROW_NUMBER() OVER (PARTITION BY l.organisation_id
                                          ORDER BY res.reference_date DESC, res.id DESC) AS rn
                FROM latest l
                JOIN assessment_result cur ON cur.id = l.result_id
                JOIN assessment a ON a.organisation_id = l.organisation_id
                JOIN organisation o ON o.id = a.organisation_id
                JOIN assessment_result res ON res.assessment_id = a.id
                WHERE a.questionnaire_id = ? AND a.kind = 'SELF' AND a.status = 'SUBMITTED' AND %3$s
                  AND YEAR(res.reference_date) = YEAR(cur.reference_date) - 1
              ) p WHERE p.rn = 1
            )
            SELECT 'C', l.organisation_id, t.topic, t.percentage, t.level, res.reference_date, 0
            FROM latest l JOIN assessment_result res ON res.id = l.result_id JOIN topic_score t ON t.result_id = res.id
            WHERE t.max_points > 0
            UNION ALL
            SELECT 'C', o.organisation_id, '%2$s', o.overall, o.lv, res.reference_date, o.unmet
            FROM overall_level o JOIN assessment_result res ON res.id = o.result_id
            UNION ALL
            SELECT 'P', p.organisation_id, t.topic, t.percentage, t.level, res.reference_date, 0
            FROM previous p JOIN assessment_result res ON res.id = p.result_id JOIN topic_score t ON t.result_id = res.id
            WHERE t.max_points > 0
            UNION ALL
            SELECT 'P', p.organisation_id, '%2$s', res.overall, -1, res.reference_date, 0
            FROM previous p JOIN assessment_result res ON res.id = p.result_id""";

    private final JdbcOperations jdbc;

    BenchmarkQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The spread of the overall score and every applicable topic over the scope's latest results. */
    Spread spread(Scope scope, String questionnaireId) {
        String sql = DISTRIBUTION.formatted(scope.where(), OVERALL);
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            List<AggregateRow> aggregates = new ArrayList<>();
            Map<String, Map<Double, long[]>> buckets = new HashMap<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String topic = r.getString(2);
                    if ("H".equals(r.getString(1))) {
                        buckets.computeIfAbsent(topic, k -> new HashMap<>())
                                .put(number(r, 3), new long[]{r.getLong(5), r.getLong(6), r.getLong(4)});
                    } else {
                        aggregates.add(new AggregateRow(topic, r.getLong(4), number(r, 5), number(r, 6), number(r, 7),
                                number(r, 8), number(r, 9), number(r, 10), number(r, 11), number(r, 12),
                                number(r, 13), List.of(r.getLong(14), r.getLong(15), r.getLong(16), r.getLong(17),
                                r.getLong(18)), r.getLong(19)));
                    }
                }
            }
            return new Spread(aggregates, buckets);
        });
    }

    /** Every member's latest and previous year's score per topic in the scope. */
    List<ScoreRow> scores(Scope scope, String questionnaireId) {
        String sql = SCORES.formatted(scope.where(), OVERALL, scope.since());
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            statement.setString(3, questionnaireId);
            statement.setFetchSize(1000);
            List<ScoreRow> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    double score = number(r, 4);
                    int level = r.getInt(5);
                    rows.add(new ScoreRow(r.getLong(2), "P".equals(r.getString(1)), r.getString(3), score,
                            level < 0 ? LevelScale.forPercentage(score) : level, r.getDate(6).toLocalDate(), r.getInt(7)));
                }
            }
            return rows;
        });
    }

    private static double number(ResultSet r, int column) throws SQLException {
        return r.getBigDecimal(column).doubleValue();
    }
}
