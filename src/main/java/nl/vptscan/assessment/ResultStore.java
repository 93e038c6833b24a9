package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import nl.vptscan.result.Action;
import nl.vptscan.result.Evidence;
import nl.vptscan.result.Finding;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.Result;
import nl.vptscan.result.Severity;
import nl.vptscan.result.TopicResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stores results as rows (topic scores, findings with their evidence, recommended actions) so that benchmarks
 * are SQL aggregates, and reads them back. A result stored before the overall level and the topic caps were kept
 * (columns left empty) reads with them worked out from its topic rows and findings. Callers hold the transaction.
 */
@Singleton
class ResultStore {

    private final JdbcOperations jdbc;

    ResultStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the result and answers it as a read would: from the values stored, its topic rows in the order of the
     * table's key (see {@link #asStored}); the scoring time is kept to the millisecond, as its column keeps it.
     */
    StoredResult insert(long assessmentId, StoredResult.Reason reason, LocalDate referenceDate, Instant scoredAt,
                        Result result) {
        Instant stored = scoredAt.truncatedTo(ChronoUnit.MILLIS);
        long resultId = insertReturningKey("INSERT INTO assessment_result (assessment_id, reason, questionnaire_id, "
                + "questionnaire_version, ruleset_version, reference_date, overall, scored_at, overall_level, "
                + "unmet_duties) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, assessmentId);
                    statement.setString(2, reason.name());
                    statement.setString(3, result.questionnaireId());
                    statement.setString(4, result.questionnaireVersion());
                    statement.setString(5, result.rulesetVersion());
                    statement.setDate(6, Date.valueOf(referenceDate));
                    statement.setBigDecimal(7, BigDecimal.valueOf(result.overall()));
                    statement.setTimestamp(8, Timestamp.from(stored));
                    statement.setInt(9, result.overallLevel());
                    statement.setInt(10, result.unmetDuties());
                });
        jdbc.prepareStatement("INSERT INTO topic_score (result_id, topic, points, max_points, percentage, level, "
                + "capped_by) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            for (TopicResult topic : result.topics()) {
                statement.setLong(1, resultId);
                statement.setString(2, topic.topic());
                statement.setBigDecimal(3, BigDecimal.valueOf(topic.points()));
                statement.setBigDecimal(4, BigDecimal.valueOf(topic.max()));
                statement.setBigDecimal(5, BigDecimal.valueOf(topic.percentage()));
                statement.setInt(6, topic.level());
                statement.setString(7, topic.cappedBy());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        insertFindings(resultId, result.findings());
        insertActions(resultId, result.actions());
        StoredResult header = new StoredResult(resultId, assessmentId, reason, stored, referenceDate,
                new Result(result.questionnaireId(), result.questionnaireVersion(), result.rulesetVersion(),
                        BigDecimal.valueOf(result.overall()).doubleValue(), result.overallLevel(), result.unmetDuties(),
                        List.of(), List.of(), List.of()));
        List<TopicResult> topics = asStored(result.topics());
        return complete(header, topics != null ? topics : topics(resultId), result.findings(), result.actions());
    }

    /** A topic id whose order in Java is its order in the topic column's collation (utf8mb4_unicode_ci). */
    private static final Pattern PLAIN_TOPIC = Pattern.compile("[a-z0-9]{1,40}");

    /**
     * The topic rows as a read gives them back, worked out without reading them: in the order of the table's key
     * (result, topic), each figure rounded as its column keeps it. Null when a topic id is not plain lower-case
     * letters and digits, the only ids whose order in Java is certainly the column collation's: then read them.
     */
    static List<TopicResult> asStored(List<TopicResult> topics) {
        if (!topics.stream().allMatch(t -> PLAIN_TOPIC.matcher(t.topic()).matches())) {
            return null;
        }
        return topics.stream().sorted(Comparator.comparing(TopicResult::topic))
                .map(t -> new TopicResult(t.topic(), decimal(t.points()), decimal(t.max()), decimal(t.percentage()),
                        t.level(), t.cappedBy()))
                .toList();
    }

    /** A figure as a DECIMAL(n, 1) column keeps it (MariaDB rounds half away from zero). */
    private static double decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The findings in one batch, their generated ids with it (each insert of the batch answers its own id), and their
     * evidence in one batch, instead of a statement per finding to read back its generated key.
     */
    private void insertFindings(long resultId, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        boolean withEvidence = findings.stream().anyMatch(f -> !f.evidence().isEmpty());
        List<Long> ids = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO finding (result_id, position, "
                    + "rule_id, topic, severity, message_nl, message_en, legal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    withEvidence ? Statement.RETURN_GENERATED_KEYS : Statement.NO_GENERATED_KEYS)) {
                int position = 0;
                for (Finding finding : findings) {
                    statement.setLong(1, resultId);
                    statement.setInt(2, position++);
                    statement.setString(3, finding.ruleId());
                    statement.setString(4, finding.topic());
                    statement.setString(5, finding.severity().name());
                    statement.setString(6, finding.messageNl());
                    statement.setString(7, finding.messageEn());
                    statement.setString(8, finding.legal());
                    statement.addBatch();
                }
                statement.executeBatch();
                List<Long> keys = new ArrayList<>();
                if (withEvidence) {
                    try (ResultSet rows = statement.getGeneratedKeys()) {
                        while (rows.next()) {
                            keys.add(rows.getLong(1));
                        }
                    }
                }
                return keys;
            }
        });
        if (!withEvidence) {
            return;
        }
        if (ids.size() != findings.size()) {
            // a driver or server that does not answer one key per insert of a batch: read them by position
            ids = jdbc.prepareStatement("SELECT id FROM finding WHERE result_id = ? ORDER BY position", statement -> {
                statement.setLong(1, resultId);
                List<Long> list = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        list.add(rows.getLong(1));
                    }
                }
                return list;
            });
        }
        List<Long> findingIds = ids;
        jdbc.prepareStatement("INSERT INTO finding_evidence (finding_id, position, question_id, answer_value) "
                + "VALUES (?, ?, ?, ?)", statement -> {
            for (int f = 0; f < findings.size(); f++) {
                int i = 0;
                for (Evidence evidence : findings.get(f).evidence()) {
                    statement.setLong(1, findingIds.get(f));
                    statement.setInt(2, i++);
                    statement.setString(3, evidence.questionId());
                    statement.setString(4, evidence.value());
                    statement.addBatch();
                }
            }
            return statement.executeBatch();
        });
    }

    private void insertActions(long resultId, List<Action> actions) {
        if (actions.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO recommended_action (result_id, position, rule_id, topic, priority, "
                + "due_in_days, text_nl, text_en, owner_role, owner_nl, owner_en, after_rules, risk_group_nl, "
                + "risk_group_en, completion_check_nl, completion_check_en) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            int position = 0;
            for (Action action : actions) {
                statement.setLong(1, resultId);
                statement.setInt(2, position++);
                statement.setString(3, action.ruleId());
                statement.setString(4, action.topic());
                statement.setInt(5, action.priority());
                statement.setInt(6, action.dueInDays());
                statement.setString(7, action.textNl());
                statement.setString(8, action.textEn());
                statement.setString(9, action.ownerRole());
                statement.setString(10, action.ownerNl());
                statement.setString(11, action.ownerEn());
                statement.setString(12, action.after().isEmpty() ? null : String.join(" ", action.after()));
                statement.setString(13, action.groupNl());
                statement.setString(14, action.groupEn());
                statement.setString(15, action.checkNl());
                statement.setString(16, action.checkEn());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** Every result of an assessment, oldest first. */
    List<StoredResult> of(long assessmentId) {
        return headers(assessmentId).stream().map(this::withDetails).toList();
    }

    /** One result of an assessment, read in full. */
    Optional<StoredResult> find(long assessmentId, long resultId) {
        return headers(assessmentId).stream().filter(r -> r.id() == resultId).findFirst().map(this::withDetails);
    }

    /** The result made when the assessment was submitted. */
    Optional<StoredResult> submitted(long assessmentId) {
        return headers(assessmentId).stream().filter(r -> r.reason() == StoredResult.Reason.SUBMIT).findFirst()
                .map(this::withDetails);
    }

    Optional<StoredResult> latest(long assessmentId) {
        List<StoredResult> headers = headers(assessmentId);
        return headers.isEmpty() ? Optional.empty() : Optional.of(withDetails(headers.get(headers.size() - 1)));
    }

    /** The results of an assessment without their rows: only the details of those asked for are read. */
    private List<StoredResult> headers(long assessmentId) {
        return jdbc.prepareStatement("SELECT id, reason, questionnaire_id, questionnaire_version, "
                + "ruleset_version, reference_date, overall, scored_at, overall_level, unmet_duties FROM assessment_result "
                + "WHERE assessment_id = ? "
                + "ORDER BY id", statement -> {
            statement.setLong(1, assessmentId);
            List<StoredResult> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(new StoredResult(rows.getLong(1), assessmentId,
                            StoredResult.Reason.valueOf(rows.getString(2)), rows.getTimestamp(8).toInstant(),
                            rows.getDate(6).toLocalDate(),
                            new Result(rows.getString(3), rows.getString(4), rows.getString(5),
                                    rows.getBigDecimal(7).doubleValue(), orMissing(rows, 9), orMissing(rows, 10),
                                    List.of(), List.of(), List.of())));
                }
            }
            return results;
        });
    }

    private StoredResult withDetails(StoredResult header) {
        long id = header.id();
        List<TopicResult> topics = topics(id);
        Map<Long, List<Evidence>> evidence = jdbc.prepareStatement("SELECT e.finding_id, e.question_id, e.answer_value "
                + "FROM finding_evidence e JOIN finding f ON f.id = e.finding_id WHERE f.result_id = ? "
                + "ORDER BY e.finding_id, e.position", statement -> {
            statement.setLong(1, id);
            Map<Long, List<Evidence>> byFinding = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byFinding.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(new Evidence(rows.getString(2), rows.getString(3)));
                }
            }
            return byFinding;
        });
        List<Finding> findings = jdbc.prepareStatement("SELECT id, rule_id, topic, severity, message_nl, message_en, legal "
                + "FROM finding WHERE result_id = ? ORDER BY position", statement -> {
            statement.setLong(1, id);
            List<Finding> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    list.add(new Finding(rows.getString(2), rows.getString(3), Severity.valueOf(rows.getString(4)),
                            rows.getString(5), rows.getString(6), rows.getString(7),
                            evidence.getOrDefault(rows.getLong(1), List.of())));
                }
            }
            return list;
        });
        List<Action> actions = jdbc.prepareStatement("SELECT rule_id, topic, priority, due_in_days, text_nl, text_en, "
                + "owner_role, owner_nl, owner_en, after_rules, risk_group_nl, risk_group_en, completion_check_nl, "
                + "completion_check_en FROM recommended_action WHERE result_id = ? ORDER BY position", statement -> {
            statement.setLong(1, id);
            List<Action> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String after = rows.getString(10);
                    list.add(new Action(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), after == null ? List.of() : List.of(after.split(" ")),
                            rows.getString(11), rows.getString(12), rows.getString(13), rows.getString(14)));
                }
            }
            return list;
        });
        return complete(header, topics, findings, actions);
    }

    /** The result with its rows; a figure or cap stored before it was kept is worked out from them. */
    private static StoredResult complete(StoredResult header, List<TopicResult> topics, List<Finding> findings,
                                         List<Action> actions) {
        long id = header.id();
        Result h = header.result();
        int unmet = h.unmetDuties() == MISSING ? LevelScale.unmetDuties(findings) : h.unmetDuties();
        if (topics.stream().anyMatch(t -> t.cappedBy() == null && t.level() < LevelScale.forPercentage(t.percentage()))) {
            topics = topics.stream().map(t -> t.cappedBy() != null ? t : new TopicResult(t.topic(), t.points(), t.max(),
                    t.percentage(), t.level(), LevelScale.cappedBy(t.topic(), t.percentage(), t.level(), findings)
                    .orElse(null))).toList();
        }
        int level = h.overallLevel() == MISSING ? LevelScale.overall(h.overall(), topics, unmet) : h.overallLevel();
        return new StoredResult(id, header.assessmentId(), header.reason(), header.scoredAt(), header.referenceDate(),
                new Result(h.questionnaireId(), h.questionnaireVersion(), h.rulesetVersion(), h.overall(), level, unmet,
                        topics, findings, actions));
    }

    /** The topic rows of a result, in the order the table gives them. */
    private List<TopicResult> topics(long id) {
        return jdbc.prepareStatement("SELECT topic, points, max_points, percentage, level, "
                + "capped_by FROM topic_score WHERE result_id = ?", statement -> {
            statement.setLong(1, id);
            Map<String, TopicResult> byTopic = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byTopic.put(rows.getString(1), new TopicResult(rows.getString(1), rows.getBigDecimal(2).doubleValue(),
                            rows.getBigDecimal(3).doubleValue(), rows.getBigDecimal(4).doubleValue(), rows.getInt(5),
                            rows.getString(6)));
                }
            }
            return new ArrayList<>(byTopic.values());
        });
    }

    /** Marks a figure a result stored before it was kept does not have; it is worked out on reading. */
    private static final int MISSING = -1;

    private static int orMissing(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? MISSING : value;
    }

    /** Sets the parameters of an insert. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private long insertReturningKey(String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(statement);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("no generated key for " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }
}
