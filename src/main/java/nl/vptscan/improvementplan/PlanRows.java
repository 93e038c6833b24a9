package nl.vptscan.improvementplan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Stores a new plan's actions in one JDBC batch, in the caller's transaction. The repository's {@code saveAll}
 * inserts them one statement at a time, as it reads each generated id back; a new plan needs none of them.
 */
@Singleton
class PlanRows {

    private final JdbcOperations jdbc;
    private final ActionNumbers numbers;

    PlanRows(JdbcOperations jdbc, ActionNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    void insert(List<ImprovementAction> plan) {
        if (plan.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO improvement_action (assessment_id, position, rule_id, topic, severity, "
                + "finding_nl, finding_en, legal, measure_nl, measure_en, priority, owner, due_date, status, "
                + "cost_estimate, remarks, updated_at, depends_on, role_nl, role_en, risk_group_nl, risk_group_en, "
                + "completion_check_nl, completion_check_en, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            for (ImprovementAction action : plan) {
                statement.setLong(1, action.assessmentId());
                statement.setInt(2, action.position());
                statement.setString(3, action.ruleId());
                statement.setString(4, action.topic());
                statement.setString(5, action.severity());
                statement.setString(6, action.findingNl());
                statement.setString(7, action.findingEn());
                statement.setString(8, action.legal());
                statement.setString(9, action.measureNl());
                statement.setString(10, action.measureEn());
                statement.setInt(11, action.priority());
                statement.setString(12, action.owner());
                statement.setDate(13, Date.valueOf(action.dueDate()));
                statement.setString(14, action.status().name());
                if (action.costEstimate() == null) {
                    statement.setNull(15, Types.DECIMAL);
                } else {
                    statement.setBigDecimal(15, action.costEstimate());
                }
                statement.setString(16, action.remarks());
                statement.setTimestamp(17, Timestamp.from(action.updatedAt()));
                statement.setString(18, numbers.convertToPersistedValue(action.dependsOn(), null));
                statement.setString(19, action.roleNl());
                statement.setString(20, action.roleEn());
                statement.setString(21, action.riskGroupNl());
                statement.setString(22, action.riskGroupEn());
                statement.setString(23, action.completionCheckNl());
                statement.setString(24, action.completionCheckEn());
                statement.setLong(25, action.version());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }
}
