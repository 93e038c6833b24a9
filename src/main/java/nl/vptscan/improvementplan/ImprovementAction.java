package nl.vptscan.improvementplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One measure of the plan van aanpak: what to do about which finding, how urgent, who owns it, by when,
 * where it stands, what it costs. Its number in the plan ({@link #number()}) never changes; its version counts
 * the changes made to it, so a row of an older copy of the plan workbook can be told apart. It depends on the actions
 * of the numbers in {@link #dependsOn()}; it names the suggested owner role, the RI&E risk or job group it addresses
 * and how its completion is checked.
 */
@Serdeable
@MappedEntity("improvement_action")
public record ImprovementAction(@Id @GeneratedValue @Nullable Long id, Long assessmentId, int position, String ruleId,
                                String topic, @Nullable String severity, @Nullable String findingNl,
                                @Nullable String findingEn, @Nullable String legal, String measureNl, String measureEn,
                                int priority, @Nullable String owner, LocalDate dueDate, ActionStatus status,
                                @Nullable BigDecimal costEstimate, @Nullable String remarks, Instant updatedAt,
                                @Version Long version,
                                @TypeDef(type = DataType.STRING, converter = ActionNumbers.class) List<Integer> dependsOn,
                                @Nullable String roleNl, @Nullable String roleEn, @Nullable String riskGroupNl,
                                @Nullable String riskGroupEn, @Nullable String completionCheckNl,
                                @Nullable String completionCheckEn) {

    @Creator
    public ImprovementAction {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** A new action: version 0, as the database starts every version. */
    public ImprovementAction(Long id, Long assessmentId, int position, String ruleId, String topic, String severity,
                             String findingNl, String findingEn, String legal, String measureNl, String measureEn,
                             int priority, String owner, LocalDate dueDate, ActionStatus status, BigDecimal costEstimate,
                             String remarks, Instant updatedAt) {
        this(id, assessmentId, position, ruleId, topic, severity, findingNl, findingEn, legal, measureNl, measureEn,
                priority, owner, dueDate, status, costEstimate, remarks, updatedAt, 0L, List.of(), null, null, null, null,
                null, null);
    }

    /** An action at a version, depending on nothing, without role, group or check. */
    public ImprovementAction(Long id, Long assessmentId, int position, String ruleId, String topic, String severity,
                             String findingNl, String findingEn, String legal, String measureNl, String measureEn,
                             int priority, String owner, LocalDate dueDate, ActionStatus status, BigDecimal costEstimate,
                             String remarks, Instant updatedAt, Long version) {
        this(id, assessmentId, position, ruleId, topic, severity, findingNl, findingEn, legal, measureNl, measureEn,
                priority, owner, dueDate, status, costEstimate, remarks, updatedAt, version, List.of(), null, null, null,
                null, null, null);
    }

    /** This action as planned: depending on the actions of these numbers, for this role, group and check. */
    ImprovementAction planned(List<Integer> numbers, String roleNl, String roleEn, String riskGroupNl,
                              String riskGroupEn, String completionCheckNl, String completionCheckEn) {
        return new ImprovementAction(id, assessmentId, position, ruleId, topic, severity, findingNl, findingEn, legal,
                measureNl, measureEn, priority, owner, dueDate, status, costEstimate, remarks, updatedAt, version,
                numbers, roleNl, roleEn, riskGroupNl, riskGroupEn, completionCheckNl, completionCheckEn);
    }

    /** The suggested owner role in the language asked for, or null. */
    public String role(String lang) {
        return "en".equals(lang) ? roleEn : roleNl;
    }

    /** The RI&E risk or job group the action addresses, in the language asked for, or null. */
    public String riskGroup(String lang) {
        return "en".equals(lang) ? riskGroupEn : riskGroupNl;
    }

    /** How completion is checked, in the language asked for, or null. */
    public String completionCheck(String lang) {
        return "en".equals(lang) ? completionCheckEn : completionCheckNl;
    }

    /** The numbers of the actions this one depends on, as written in the plan: "2, 5". */
    public String dependsOnText() {
        return ActionNumbers.format(dependsOn);
    }

    public String finding(String lang) {
        return "en".equals(lang) ? findingEn : findingNl;
    }

    public String measure(String lang) {
        return "en".equals(lang) ? measureEn : measureNl;
    }

    /** The action's number ("Nr") for the life of the plan: its place in the result's list of actions, from 1. */
    public int number() {
        return position + 1;
    }

    /** Overdue: past its due date and not done. */
    public boolean overdue(LocalDate today) {
        return status != ActionStatus.DONE && dueDate.isBefore(today);
    }

    ImprovementAction with(ActionEdit edit, Instant now) {
        return new ImprovementAction(id, assessmentId, position, ruleId, topic, severity, findingNl, findingEn, legal,
                measureNl, measureEn, edit.priority(), edit.owner(), edit.dueDate(), edit.status(), edit.costEstimate(),
                edit.remarks(), now, version, edit.dependsOn(), roleNl, roleEn, riskGroupNl, riskGroupEn, completionCheckNl,
                completionCheckEn);
    }
}
