package nl.vptscan.improvementplan;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an action the organisation edits: priority, owner, due date, status, cost estimate, remarks and the
 * numbers of the actions it depends on.
 */
record ActionEdit(int priority, @Nullable String owner, LocalDate dueDate, ActionStatus status,
                  @Nullable BigDecimal costEstimate, @Nullable String remarks, List<Integer> dependsOn) {

    ActionEdit {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    static final int MAX_OWNER = 200;
    static final int MAX_REMARKS = 4000;
    static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    static ActionEdit of(ImprovementAction action) {
        return new ActionEdit(action.priority(), action.owner(), action.dueDate(), action.status(),
                action.costEstimate(), action.remarks(), action.dependsOn());
    }
}
