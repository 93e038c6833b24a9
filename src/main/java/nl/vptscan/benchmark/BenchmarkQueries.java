package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import nl.vptscan.result.LevelScale;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's SQL, portable between MariaDB 10.11 and H2 in MariaDB mode (CTEs, ROW_NUMBER and SUM OVER).
 * A member's result is the latest result (by id) of its latest submitted SELF assessment (by submission time,
 * then id) of the questionnaire, in a region only one submitted since the member joined. Distributions are
 * aggregated in the database into a histogram per topic (scores have one decimal, so at most 1,001 rows per
 * topic, plus one row per member naming its latest result); {@link Histogram} turns it into counts, means and
 * quartiles. To bring a kept histogram up to date, the results stored since, the latest results of the members they
 * belong to and each result's own bars are read on their own. Callers hold the transaction.
 */
@Singleton
class BenchmarkQueries {

    /** The topic key of the overall score. */
    static final String OVERALL = "overall";

    private static final String RANKED = """
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
            )""";

    /* The overall figures of the results in {@code latest}: percentage, unmet legal duties and level. */
    private static final String JUDGED = """
            ,
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

    private static final String LATEST = RANKED + JUDGED;

    /*
     * Each result's bars: its overall score (x.k = 1) and its applicable topics' scores (x.k = 0), each with its
     * level and, for the overall score, whether a legal duty is unmet; and one row (x.k = 2) naming the member whose
     * latest result it is. Topics that did not apply (no points to earn) are left out. The overall level is the
     * stored one (capped at partial while a legal duty is unmet), or for a result stored without it, the one its
     * percentage and its violations give. All rows come from one pass over the latest results, as the database
     * evaluates a common table expression again for every reference to it.
     */
    private static final String BARS = """
            ,
            bars AS (
              SELECT o.result_id,
                     CASE WHEN x.k = 1 THEN '%2$s' WHEN x.k = 0 THEN t.topic END AS topic,
                     CASE WHEN x.k = 1 THEN o.overall WHEN x.k = 0 THEN t.percentage END AS score,
                     CASE WHEN x.k = 1 THEN o.lv WHEN x.k = 0 THEN t.level END AS lv,
                     CASE WHEN x.k = 1 AND o.unmet > 0 THEN 1 ELSE 0 END AS u,
                     CASE WHEN x.k = 2 THEN o.organisation_id END AS member
              FROM overall_level o
              CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k UNION ALL SELECT 2 AS k) x
              LEFT JOIN topic_score t ON x.k = 0 AND t.result_id = o.result_id AND t.max_points > 0
              WHERE x.k > 0 OR t.topic IS NOT NULL
            )""";

    /*
     * The histogram: per topic and distinct score (ascending), how many organisations have it, how many of them
     * are at each level 0-4 and, for the overall score, how many have an unmet legal duty; and per member (topic
     * null) its latest result's id.
     */
    private static final String DISTRIBUTION = LATEST + BARS + """
            SELECT topic, score, COUNT(*),
                   SUM(CASE WHEN lv = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN lv = 1 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN lv = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN lv = 3 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN lv = 4 THEN 1 ELSE 0 END), SUM(u), member, MAX(result_id)
            FROM bars
            GROUP BY topic, score, member
            ORDER BY topic, score""";

    /* The bars of chosen results (ids, %1$s), each on its own: what one member adds to a histogram. */
    private static final String CHOSEN_BARS = """
            WITH latest AS (
              SELECT a.organisation_id, res.id AS result_id
              FROM assessment_result res JOIN assessment a ON a.id = res.assessment_id
              WHERE res.id IN (%1$s)
            )""" + JUDGED + BARS + """
            SELECT result_id, topic, score, lv, u FROM bars WHERE member IS NULL""";

    /* The latest result of each member in the scope, and nothing else. */
    private static final String LATEST_IDS = RANKED + """
            SELECT organisation_id, result_id FROM latest""";

    /*
     * Results stored after a kept spread (ids in (?, ?]) or not yet visible when it was kept (ids %2$s): each with
     * its member when it is a result of a submitted SELF assessment of the questionnaire that counts in the scope
     * (%1$s), else with none.
     */
    private static final String ARRIVED = """
            SELECT res.id, CASE WHEN %1$s AND a.questionnaire_id = ? AND a.kind = 'SELF' AND a.status = 'SUBMITTED'
                                THEN a.organisation_id END
            FROM assessment_result res
            JOIN assessment a ON a.id = res.assessment_id
            JOIN organisation o ON o.id = a.organisation_id
            WHERE (res.id > ? AND res.id <= ?)%2$s""";

    /*
     * Every member's latest scores (kind 'C') and its previous year's (kind 'P'): the latest result (by reference
     * date, then id) of a submitted SELF assessment of the same questionnaire whose reference date lies in the
     * calendar year before the latest result's. Each result's overall row (x.k = 1) and topic rows (x.k = 0) come
     * from one pass; a previous overall row has no stored level (-1).
     */
    private static final String SCORED = LATEST + """
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
            ),
            results AS (
              SELECT 'C' AS kind, organisation_id, result_id, overall, lv, unmet FROM overall_level
              UNION ALL
              SELECT 'P', p.organisation_id, p.result_id, res.overall, -1, 0
              FROM previous p JOIN assessment_result res ON res.id = p.result_id
            )
            """;

    private static final String SCORES = SCORED + """
            SELECT r.kind, r.organisation_id, CASE WHEN x.k = 1 THEN '%2$s' ELSE t.topic END,
                   CASE WHEN x.k = 1 THEN r.overall ELSE t.percentage END,
                   CASE WHEN x.k = 1 THEN r.lv ELSE t.level END, res.reference_date,
                   CASE WHEN x.k = 1 THEN r.unmet ELSE 0 END
            FROM results r
            JOIN assessment_result res ON res.id = r.result_id
            CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k) x
            LEFT JOIN topic_score t ON x.k = 0 AND t.result_id = r.result_id AND t.max_points > 0
            WHERE x.k = 1 OR t.topic IS NOT NULL""";


    /* One page of a region's members by name. */
    private static final String PAGE_BY_NAME = """
            SELECT o.id, o.name FROM organisation o
            WHERE o.region_id = ?
            ORDER BY %s
            LIMIT ? OFFSET ?""";

    /*
     * One page of a region's members by their latest overall score (%2$s); members without a result have no score
     * and come last.
     */
    private static final String PAGE_BY_SCORE = LATEST + """
            SELECT o.id, o.name FROM organisation o
            LEFT JOIN latest l ON l.organisation_id = o.id
            LEFT JOIN assessment_result res ON res.id = l.result_id
            WHERE o.region_id = ?
            ORDER BY %2$s
            LIMIT ? OFFSET ?""";

    /** A member on a page: id and name. */
    record Member(long id, String name) {
    }

    private final JdbcOperations jdbc;

    BenchmarkQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The spread of the overall score and every applicable topic over the scope's latest results. */
    Spread spread(Scope scope, String questionnaireId) {
        return histogram(scope, questionnaireId, new HashMap<>()).spread();
    }

    /**
     * The histogram of the scope's latest results, as {@link #spread} reads it, putting each member's latest result
     * id into {@code latest}.
     */
    Histogram histogram(Scope scope, String questionnaireId, Map<Long, Long> latest) {
        String sql = DISTRIBUTION.formatted(scope.where(), OVERALL);
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            statement.setFetchSize(1000);
            Histogram histogram = new Histogram();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String topic = r.getString(1);
                    if (topic == null) {
                        latest.put(r.getLong(10), r.getLong(11));
                    } else {
                        histogram.add(topic, r.getBigDecimal(2), r.getLong(3), new long[]{r.getLong(4),
                                r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8)}, r.getLong(9));
                    }
                }
            }
            return histogram;
        });
    }

    /** Each member's latest result id in the scope (members without one are left out). */
    Map<Long, Long> latest(Scope scope, String questionnaireId) {
        return jdbc.prepareStatement(LATEST_IDS.formatted(scope.where()), statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            Map<Long, Long> latest = new HashMap<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    latest.put(r.getLong(1), r.getLong(2));
                }
            }
            return latest;
        });
    }

    /** A result seen by {@link #arrived}, with its member when it counts in the scope. */
    record Arrival(long resultId, @Nullable Long organisationId) {
    }

    /**
     * The visible results with an id in ({@code after}, {@code upto}] or among {@code unseen}, each with its member
     * when it is a result of a submitted SELF assessment of the questionnaire that counts in the scope.
     */
    List<Arrival> arrived(Scope scope, String questionnaireId, long after, long upto, Collection<Long> unseen) {
        String ids = unseen.isEmpty() ? ""
                : " OR res.id IN (" + unseen.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return jdbc.prepareStatement(ARRIVED.formatted(scope.where(), ids), statement -> {
            statement.setObject(1, scope.value());
            statement.setString(2, questionnaireId);
            statement.setLong(3, after);
            statement.setLong(4, upto);
            List<Arrival> arrivals = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    long organisation = r.getLong(2);
                    arrivals.add(new Arrival(r.getLong(1), r.wasNull() ? null : organisation));
                }
            }
            return arrivals;
        });
    }

    /** One bar a result adds to a histogram: its score on a topic (or overall), level and unmet duty. */
    record Bar(String topic, BigDecimal score, int level, boolean unmet) {
    }

    /** The bars of each of the given results, as the histogram counts them. */
    Map<Long, List<Bar>> bars(Collection<Long> resultIds) {
        String ids = resultIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return jdbc.prepareStatement(CHOSEN_BARS.formatted(ids, OVERALL), statement -> {
            Map<Long, List<Bar>> bars = new HashMap<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    bars.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Bar(r.getString(2),
                            r.getBigDecimal(3), r.getInt(4), r.getInt(5) > 0));
                }
            }
            return bars;
        });
    }

    /** The ids of the visible results in ({@code after}, {@code upto}]. */
    List<Long> resultIds(long after, long upto) {
        return jdbc.prepareStatement("SELECT id FROM assessment_result WHERE id > ? AND id <= ?", statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upto);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
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
            Map<String, LocalDate> dates = new HashMap<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    double score = r.getDouble(4); // a DECIMAL(5,1) read as the same double as through BigDecimal
                    int level = r.getInt(5);
                    // reference dates repeat over thousands of rows: read each once, not through a calendar per row
                    LocalDate date = dates.computeIfAbsent(r.getString(6), LocalDate::parse);
                    rows.add(new ScoreRow(r.getLong(2), "P".equals(r.getString(1)), r.getString(3), score,
                            level < 0 ? LevelScale.forPercentage(score) : level, date, r.getInt(7)));
                }
            }
            return rows;
        });
    }

    /** Every member of the region, in name order (then id): ids and names only. */
    List<Member> members(long regionId) {
        return jdbc.prepareStatement("SELECT o.id, o.name FROM organisation o WHERE o.region_id = ? ORDER BY o.name, o.id",
                statement -> {
                    statement.setLong(1, regionId);
                    List<Member> members = new ArrayList<>();
                    try (ResultSet r = statement.executeQuery()) {
                        while (r.next()) {
                            members.add(new Member(r.getLong(1), r.getString(2)));
                        }
                    }
                    return members;
                });
    }

    /**
     * The newest result, the newest move of an organisation between groups with how many organisations made it at
     * that instant, and the number of organisations: what a kept spread is checked against.
     */
    SpreadCache.Version version() {
        return jdbc.prepareStatement("SELECT (SELECT COALESCE(MAX(id), 0) FROM assessment_result), "
                + "(SELECT MAX(grouped_at) FROM organisation), "
                + "(SELECT COUNT(*) FROM organisation WHERE grouped_at = (SELECT MAX(grouped_at) FROM organisation)), "
                + "(SELECT COUNT(*) FROM organisation)", statement -> {
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                java.sql.Timestamp grouped = r.getTimestamp(2);
                return new SpreadCache.Version(r.getLong(1), grouped == null ? 0 : grouped.getTime() * 1_000_000
                        + grouped.getNanos() % 1_000_000, r.getLong(3), r.getLong(4));
            }
        });
    }

    /** One page of the region's members in the query's order; ties by name, then id. */
    List<Member> page(long regionId, String questionnaireId, MemberQuery query) {
        String direction = query.descending() ? "DESC" : "ASC";
        Scope scope = Scope.region(regionId);
        boolean byName = query.sort() == MemberQuery.Sort.NAME;
        String sql = byName ? PAGE_BY_NAME.formatted("o.name " + direction + ", o.id")
                : PAGE_BY_SCORE.formatted(scope.where(), "CASE WHEN res.overall IS NULL THEN 1 ELSE 0 END, res.overall "
                + direction + ", o.name, o.id");
        return jdbc.prepareStatement(sql, statement -> {
            int next = 1;
            if (!byName) {
                statement.setObject(next++, scope.value());
                statement.setString(next++, questionnaireId);
            }
            statement.setLong(next++, regionId);
            statement.setInt(next++, query.size());
            statement.setLong(next, query.offset());
            List<Member> members = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    members.add(new Member(r.getLong(1), r.getString(2)));
                }
            }
            return members;
        });
    }

    private static double number(ResultSet r, int column) throws SQLException {
        return r.getBigDecimal(column).doubleValue();
    }
}
