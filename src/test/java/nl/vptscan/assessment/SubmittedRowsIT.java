package nl.vptscan.assessment;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import nl.vptscan.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A submit stores its result and plan as the same rows for the same answers: the result's figures, its topic scores,
 * findings with their evidence, recommended actions and the plan's actions, compared row by row with
 * {@code submitted-rows.txt}. Dates are written as days from the reference date ({@code D-1095}), ids are left out.
 */
@MicronautTest(transactional = false)
class SubmittedRowsIT {

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestDatabase database;

    @Test
    void storesTheSameResultAndPlanRowsForTheSameAnswers() throws Exception {
        Api api = new Api(client.toBlocking());
        long assessment = api.assessment(api.organisation("Gemeente Vaste Rijen"), "vpt-8-maatregelen", "SELF");
        Set<String> absent = Set.of("m2", "m4", "m6", "m8");
        api.submit(assessment, TestAnswers.values("vpt-8-maatregelen", absent::contains,
                LocalDate.now().minusDays(1000)));

        assertEquals(expected(), String.join("\n", rows(assessment)));
    }

    @Test
    void submitAnswersTheResultAsItReadsBackLater() {
        Api api = new Api(client.toBlocking());
        long assessment = api.assessment(api.organisation("Gemeente Teruggelezen"), "vpt-8-maatregelen", "SELF");
        Set<String> absent = Set.of("m2", "m4", "m6", "m8");
        Map<String, Object> submitted = api.submit(assessment, TestAnswers.values("vpt-8-maatregelen",
                absent::contains, LocalDate.now().minusDays(1000)));

        assertEquals(api.get("/api/assessments/" + assessment + "/result"), submitted);
    }

    private List<String> rows(long assessment) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.connect()) {
            LocalDate reference = LocalDate.parse(query(c,
                    "SELECT reference_date FROM assessment_result WHERE assessment_id = ?", assessment).get(0));
            add(rows, reference, "result", query(c, "SELECT reason, questionnaire_id, questionnaire_version, "
                    + "reference_date, overall, overall_level, unmet_duties FROM assessment_result "
                    + "WHERE assessment_id = ?", assessment));
            add(rows, reference, "topic", query(c, "SELECT t.topic, t.points, t.max_points, t.percentage, t.level, "
                    + "t.capped_by FROM topic_score t JOIN assessment_result r ON r.id = t.result_id "
                    + "WHERE r.assessment_id = ? ORDER BY t.topic", assessment));
            add(rows, reference, "finding", query(c, "SELECT f.position, f.rule_id, f.topic, f.severity, "
                    + "f.message_nl, f.message_en, f.legal FROM finding f JOIN assessment_result r ON r.id = f.result_id "
                    + "WHERE r.assessment_id = ? ORDER BY f.position", assessment));
            add(rows, reference, "evidence", query(c, "SELECT f.position, e.position, e.question_id, e.answer_value "
                    + "FROM finding_evidence e JOIN finding f ON f.id = e.finding_id "
                    + "JOIN assessment_result r ON r.id = f.result_id WHERE r.assessment_id = ? "
                    + "ORDER BY f.position, e.position", assessment));
            add(rows, reference, "recommended", query(c, "SELECT a.position, a.rule_id, a.topic, a.priority, "
                    + "a.due_in_days, a.text_nl, a.text_en, a.owner_role, a.owner_nl, a.owner_en, a.after_rules, "
                    + "a.risk_group_nl, a.risk_group_en, a.completion_check_nl, a.completion_check_en "
                    + "FROM recommended_action a JOIN assessment_result r ON r.id = a.result_id "
                    + "WHERE r.assessment_id = ? ORDER BY a.position", assessment));
            add(rows, reference, "plan", query(c, "SELECT position, rule_id, topic, severity, finding_nl, finding_en, "
                    + "legal, measure_nl, measure_en, priority, owner, due_date, status, cost_estimate, remarks, "
                    + "depends_on, role_nl, role_en, risk_group_nl, risk_group_en, completion_check_nl, "
                    + "completion_check_en, version FROM improvement_action WHERE assessment_id = ? ORDER BY position",
                    assessment));
        }
        return rows;
    }

    private static void add(List<String> rows, LocalDate reference, String kind, List<String> found) {
        for (String row : found) {
            rows.add(kind + " | " + relative(row, reference));
        }
    }

    /** Each date in the row as its number of days from the reference date. */
    private static String relative(String row, LocalDate reference) {
        Matcher m = DATE.matcher(row);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "D" + ChronoUnit.DAYS.between(reference, LocalDate.parse(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> query(Connection c, String sql, long assessment) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, assessment);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        cells.add(String.valueOf(rs.getString(i)));
                    }
                    rows.add(String.join(" | ", cells));
                }
            }
        }
        return rows;
    }

    private static String expected() throws IOException {
        try (InputStream in = SubmittedRowsIT.class.getResourceAsStream("submitted-rows.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
