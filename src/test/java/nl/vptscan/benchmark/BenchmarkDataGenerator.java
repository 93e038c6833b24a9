package nl.vptscan.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Fills a database (schema already migrated) for scripts/bench-benchmark.sh with one region of many members, spread
 * over four sectors, and as many organisations outside the region again in the first sector's remainder, so that
 * the first member's region and its sector nationally both count {@code members} organisations: every
 * organisation gets a submitted self-assessment with a result on all eleven points of ai-agressie-11 (stored as
 * the service stores it, with its overall level and unmet duties), a third also one from the previous year, and
 * every tenth a draft. Prints the new region's id and its first member's id. Not a test.
 *
 * <p>Usage: {@code BenchmarkDataGenerator <jdbc-url> <user> <password> <members>}
 */
public final class BenchmarkDataGenerator {

    private static final String QUESTIONNAIRE = "ai-agressie-11";
    private static final List<String> SECTORS = List.of("gemeente", "zorg", "onderwijs", "openbaar-vervoer");
    private static final int BATCH = 1000;

    private final Connection connection;
    private final Random random = new Random(42);
    private long nextOrganisation;
    private long nextAssessment;
    private long nextResult;

    private BenchmarkDataGenerator(Connection connection) throws SQLException {
        this.connection = connection;
        nextOrganisation = max("organisation") + 1;
        nextAssessment = max("assessment") + 1;
        nextResult = max("assessment_result") + 1;
    }

    public static void main(String[] args) throws SQLException {
        int members = Integer.parseInt(args[3]);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            BenchmarkDataGenerator generator = new BenchmarkDataGenerator(connection);
            long first = generator.nextOrganisation;
            long region = generator.region(members);
            connection.commit();
            System.out.println(region + " " + first);
        }
    }

    private long region(int members) throws SQLException {
        long region;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO region (name, created_at) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Benchmark region " + Instant.now());
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                region = keys.getLong(1);
            }
        }
        int inSector = (members + SECTORS.size() - 1) / SECTORS.size();
        try (Statements s = new Statements(connection)) {
            for (int i = 0; i < members + (members - inSector); i++) {
                long organisation = nextOrganisation++;
                boolean member = i < members;
                s.organisation(organisation, "Organisatie " + i, member ? SECTORS.get(i % SECTORS.size()) : SECTORS.get(0),
                        member ? region : null);
                result(s, organisation, LocalDate.of(2026, 3, 1).minusDays(i % 60));
                if (i % 3 == 0) {
                    result(s, organisation, LocalDate.of(2025, 3, 1).minusDays(i % 60));
                }
                if (i % 10 == 0) {
                    s.assessment(nextAssessment++, organisation, "DRAFT", null);
                }
                if (i % BATCH == BATCH - 1) {
                    s.flush();
                }
            }
            s.flush();
        }
        return region;
    }

    private void result(Statements s, long organisation, LocalDate day) throws SQLException {
        long assessment = nextAssessment++;
        long result = nextResult++;
        s.assessment(assessment, organisation, "SUBMITTED", day);
        double sum = 0;
        for (int topic = 1; topic <= 11; topic++) {
            double percentage = Math.round(random.nextDouble() * 1000) / 10.0;
            sum += percentage;
            s.topic(result, String.format("p%02d", topic), percentage);
        }
        double overall = Math.round(sum / 11 * 10) / 10.0;
        s.result(result, assessment, day, overall, overall >= 75 ? 3 : overall >= 50 ? 2 : overall >= 25 ? 1 : 0);
    }

    private long max(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The batched inserts, flushed parents first so foreign keys hold. */
    private static final class Statements implements AutoCloseable {

        private final PreparedStatement organisation;
        private final PreparedStatement assessment;
        private final PreparedStatement result;
        private final PreparedStatement topic;

        Statements(Connection connection) throws SQLException {
            organisation = connection.prepareStatement("INSERT INTO organisation (id, name, sector, employees, "
                    + "region_id, region_since, created_at, updated_at, grouped_at) VALUES (?, ?, ?, 100, ?, '2024-01-01', ?, ?, ?)");
            assessment = connection.prepareStatement("INSERT INTO assessment (id, organisation_id, questionnaire_id, "
                    + "questionnaire_version, kind, status, created_by, created_at, submitted_at) "
                    + "VALUES (?, ?, '" + QUESTIONNAIRE + "', '1', 'SELF', ?, 'generator', ?, ?)");
            result = connection.prepareStatement("INSERT INTO assessment_result (id, assessment_id, reason, "
                    + "questionnaire_id, questionnaire_version, ruleset_version, reference_date, overall, scored_at, "
                    + "overall_level, unmet_duties) VALUES (?, ?, 'SUBMIT', '" + QUESTIONNAIRE + "', '1', 'generator', "
                    + "?, ?, ?, ?, 0)");
            topic = connection.prepareStatement("INSERT INTO topic_score (result_id, topic, points, max_points, "
                    + "percentage, level) VALUES (?, ?, ?, 10, ?, ?)");
        }

        void organisation(long id, String name, String sector, Long region) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            organisation.setLong(1, id);
            organisation.setString(2, name);
            organisation.setString(3, sector);
            organisation.setObject(4, region);
            organisation.setTimestamp(5, now);
            organisation.setTimestamp(6, now);
            organisation.setTimestamp(7, now);
            organisation.addBatch();
        }

        void assessment(long id, long organisationId, String status, LocalDate submitted) throws SQLException {
            Timestamp at = submitted == null ? Timestamp.from(Instant.now())
                    : Timestamp.from(submitted.atTime(12, 0).toInstant(ZoneOffset.UTC));
            assessment.setLong(1, id);
            assessment.setLong(2, organisationId);
            assessment.setString(3, status);
            assessment.setTimestamp(4, at);
            assessment.setTimestamp(5, submitted == null ? null : at);
            assessment.addBatch();
        }

        void result(long id, long assessmentId, LocalDate day, double overall, int level) throws SQLException {
            result.setLong(1, id);
            result.setLong(2, assessmentId);
            result.setDate(3, Date.valueOf(day));
            result.setDouble(4, overall);
            result.setTimestamp(5, Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
            result.setInt(6, level);
            result.addBatch();
        }

        void topic(long resultId, String topicId, double percentage) throws SQLException {
            topic.setLong(1, resultId);
            topic.setString(2, topicId);
            topic.setDouble(3, percentage / 10);
            topic.setDouble(4, percentage);
            topic.setInt(5, percentage >= 75 ? 3 : percentage >= 50 ? 2 : percentage >= 25 ? 1 : 0);
            topic.addBatch();
        }

        void flush() throws SQLException {
            organisation.executeBatch();
            assessment.executeBatch();
            result.executeBatch();
            topic.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            organisation.close();
            assessment.close();
            result.close();
            topic.close();
        }
    }
}
