package nl.vptscan.campaign;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of campaigns: who was asked (and is still a member of the region), and each asked member's self-assessments of the questionnaire that count
 * for the round (drafts, and submissions from the round's opening and the member's joining until the next round
 * opens), with the number of questions answered. Callers hold the transaction.
 */
@Singleton
class CampaignQueries {

    /** One self-assessment of an asked member (assessment columns null when it has none). */
    record Row(long organisationId, String name, Long assessmentId, String status, LocalDate submittedOn,
               int answered) {
    }

    private static final String ROWS = """
            SELECT cm.organisation_id, o.name, a.id, a.status, a.submitted_at,
                   (SELECT COUNT(*) FROM answer x WHERE x.assessment_id = a.id) AS answered
            FROM campaign_member cm
            JOIN organisation o ON o.id = cm.organisation_id
            LEFT JOIN assessment a ON a.organisation_id = cm.organisation_id AND a.questionnaire_id = ?
                 AND a.kind = 'SELF'
                 AND (a.status = 'DRAFT' OR a.submitted_at >= ? AND a.submitted_at < ?
                      AND (o.region_since IS NULL OR a.submitted_at >= o.region_since))
            WHERE cm.campaign_id = ? AND o.region_id = ?
            ORDER BY o.name, cm.organisation_id, a.id""";

    private final JdbcOperations jdbc;
    private final ZoneId zone;

    CampaignQueries(JdbcOperations jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    void addMembers(long campaignId, List<Long> organisationIds) {
        jdbc.prepareStatement("INSERT INTO campaign_member (campaign_id, organisation_id) VALUES (?, ?)", statement -> {
            for (Long organisationId : organisationIds) {
                statement.setLong(1, campaignId);
                statement.setLong(2, organisationId);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** The campaigns that asked the organisation. */
    List<Long> campaignsOf(long organisationId) {
        return jdbc.prepareStatement("SELECT campaign_id FROM campaign_member WHERE organisation_id = ? ORDER BY campaign_id",
                statement -> {
                    statement.setLong(1, organisationId);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet r = statement.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    /** The asked members' assessments that count between the two dates (the second one exclusive). */
    List<Row> rows(Campaign campaign, LocalDate until) {
        return jdbc.prepareStatement(ROWS, statement -> {
            statement.setString(1, campaign.questionnaireId());
            statement.setTimestamp(2, start(campaign.opensOn()));
            statement.setTimestamp(3, start(until));
            statement.setLong(4, campaign.id());
            statement.setLong(5, campaign.regionId());
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    long assessment = r.getLong(3);
                    Long assessmentId = r.wasNull() ? null : assessment;
                    Timestamp submitted = r.getTimestamp(5);
                    rows.add(new Row(r.getLong(1), r.getString(2), assessmentId, r.getString(4),
                            submitted == null ? null : submitted.toInstant().atZone(zone).toLocalDate(), r.getInt(6)));
                }
            }
            return rows;
        });
    }

    /** A topic's score in an assessment's latest result (topics that did not apply left out). */
    record TopicScore(long assessmentId, String topic, double percentage, int level) {
    }

    /** The topic scores of each assessment's latest result. */
    List<TopicScore> scores(List<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(assessmentIds.size(), "?"));
        String sql = "SELECT res.assessment_id, t.topic, t.percentage, t.level FROM assessment_result res "
                + "JOIN topic_score t ON t.result_id = res.id WHERE t.max_points > 0 AND res.id IN "
                + "(SELECT MAX(r.id) FROM assessment_result r WHERE r.assessment_id IN (" + marks + ") "
                + "GROUP BY r.assessment_id)";
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < assessmentIds.size(); i++) {
                statement.setLong(i + 1, assessmentIds.get(i));
            }
            List<TopicScore> scores = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    scores.add(new TopicScore(r.getLong(1), r.getString(2), r.getBigDecimal(3).doubleValue(), r.getInt(4)));
                }
            }
            return scores;
        });
    }

    private Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
