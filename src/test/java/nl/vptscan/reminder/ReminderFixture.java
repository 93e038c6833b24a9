package nl.vptscan.reminder;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import nl.vptscan.TestDatabase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Organisations, users and plans for the reminder tests: made through the API as the test administrator, except
 * submitted self-assessments and their plan actions, which are written straight into the tables (a submission
 * through the API would need every answer, and its actions' due dates lie in the future).
 */
final class ReminderFixture {

    static final String PASSWORD = "long-enough-password";

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final BlockingHttpClient http;
    private final TestDatabase database;

    ReminderFixture(BlockingHttpClient http, TestDatabase database) {
        this.http = http;
        this.database = database;
    }

    long region(String name) {
        return id(post("/api/regions", Map.of("name", name + " " + suffix)));
    }

    long organisation(String name) {
        return id(post("/api/organisations", Map.of("name", name + " " + suffix, "sector", "gemeente", "employees", 120)));
    }

    void member(long region, long organisation) {
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + organisation, Map.of("since", "2024-01-01")),
                Map.class);
    }

    /** An employer of the organisation, with an e-mail address at example.org when {@code email} is set. */
    Map<String, Object> employer(String name, long organisation, boolean email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", name + "-" + suffix);
        body.put("password", PASSWORD);
        body.put("role", "EMPLOYER");
        body.put("organisationId", organisation);
        Map<String, Object> created = post("/api/users", body);
        if (email) {
            return put("/api/users/" + id(created) + "/email", Map.of("email", address(name)));
        }
        return created;
    }

    /** An inspector with an e-mail address at example.org. */
    String inspector(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", name + "-" + suffix);
        body.put("password", PASSWORD);
        body.put("role", "INSPECTOR");
        put("/api/users/" + id(post("/api/users", body)) + "/email", Map.of("email", address(name)));
        return name + "-" + suffix;
    }

    /** A submitted audit of the organisation by the inspector, with one verdict on a topic of the 8 measures. */
    long audit(long organisation, String inspector, String topic, String verdict, LocalDate deadline) throws Exception {
        try (Connection connection = connect()) {
            long audit;
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO assessment (organisation_id, "
                    + "questionnaire_id, questionnaire_version, kind, status, created_by, created_at, submitted_at) "
                    + "VALUES (?, 'vpt-8-maatregelen', '2026.2', 'AUDIT', 'SUBMITTED', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, organisation);
                statement.setString(2, inspector);
                statement.setTimestamp(3, Timestamp.from(Instant.now()));
                statement.setTimestamp(4, Timestamp.from(Instant.now()));
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    audit = keys.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO audit_verdict (assessment_id, "
                    + "topic, verdict, note, updated_by, updated_at, deadline) VALUES (?, ?, ?, NULL, ?, ?, ?)")) {
                statement.setLong(1, audit);
                statement.setString(2, topic);
                statement.setString(3, verdict);
                statement.setString(4, inspector);
                statement.setTimestamp(5, Timestamp.from(Instant.now()));
                statement.setDate(6, java.sql.Date.valueOf(deadline));
                statement.executeUpdate();
            }
            return audit;
        }
    }

    String address(String name) {
        return name + "-" + suffix + "@example.org";
    }

    /** A submitted self-assessment of the questionnaire, submitted at the instant. */
    long submitted(long organisation, Instant at) throws Exception {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO assessment (organisation_id, "
                     + "questionnaire_id, questionnaire_version, kind, status, created_by, created_at, submitted_at) "
                     + "VALUES (?, 'vpt-8-maatregelen', '2026.2', 'SELF', 'SUBMITTED', 'test', ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, organisation);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setTimestamp(3, Timestamp.from(at));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * A self-assessment submitted through the API by the employer (every question answered "no"), so that it has its
     * result and its plan; returns the assessment's id.
     */
    long submittedWithPlan(long organisation, String token) {
        long assessment = id(as(HttpRequest.POST("/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), token));
        Map<String, Object> answers = nl.vptscan.TestAnswers.asAnswers(nl.vptscan.TestAnswers.values("vpt-8-maatregelen",
                topic -> true, LocalDate.now().minusYears(3)));
        as(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)), token);
        as(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()), token);
        return assessment;
    }

    /** Moves the due date of the plan action at the position. */
    void due(long assessment, int position, LocalDate due) throws Exception {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE improvement_action SET due_date = ? WHERE assessment_id = ? AND position = ?")) {
            statement.setDate(1, Date.valueOf(due));
            statement.setLong(2, assessment);
            statement.setInt(3, position);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("no action " + position + " in the plan of " + assessment);
            }
        }
    }

    /** A plan action of the assessment at the position (number position + 1), due on the day, in the status. */
    void action(long assessment, int position, LocalDate due, String status) throws Exception {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO improvement_action (assessment_id, "
                     + "position, rule_id, topic, measure_nl, measure_en, priority, due_date, status, updated_at) "
                     + "VALUES (?, ?, 'R1', 'm1', ?, ?, 1, ?, ?, ?)")) {
            statement.setLong(1, assessment);
            statement.setInt(2, position);
            statement.setString(3, "Maatregel " + (position + 1) + " uitvoeren");
            statement.setString(4, "Carry out measure " + (position + 1));
            statement.setDate(5, Date.valueOf(due));
            statement.setString(6, status);
            statement.setTimestamp(7, Timestamp.from(Instant.now()));
            statement.executeUpdate();
        }
    }

    Connection connect() throws Exception {
        return database.connect();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String uri, Object body) {
        return http.retrieve(HttpRequest.POST(uri, body), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> put(String uri, Object body) {
        return http.retrieve(HttpRequest.PUT(uri, body), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> as(MutableHttpRequest<?> request, String token) {
        return http.retrieve(request.bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }

    static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }
}
