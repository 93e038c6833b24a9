package nl.vptscan.improvementplan;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a JSON merge patch ({@code priority}, {@code owner}, {@code dueDate}, {@code status}, {@code costEstimate},
 * {@code remarks}, {@code dependsOn}: the numbers of the actions it depends on) to an action: absent fields stay, {@code null} clears an optional field.
 */
final class ActionPatch {

    private static final Set<String> FIELDS = Set.of("priority", "owner", "dueDate", "status", "costEstimate", "remarks",
            "dependsOn");

    private ActionPatch() {
    }

    static ActionEdit apply(ActionEdit current, Map<String, Object> patch) {
        List<FieldError> errors = new ArrayList<>();
        patch.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add(FieldError.coded(k, "unknown field; editable are " + FIELDS.stream().sorted().toList(),
                        "plan.unknownField", k)));
        int priority = current.priority();
        if (patch.containsKey("priority")) {
            priority = priority(patch.get("priority"), "priority", errors);
        }
        String owner = current.owner();
        LocalDate dueDate = current.dueDate();
        ActionStatus status = current.status();
        BigDecimal cost = current.costEstimate();
        String remarks = current.remarks();
        if (patch.containsKey("owner")) {
            owner = text(patch.get("owner"), "owner", ActionEdit.MAX_OWNER, errors);
        }
        if (patch.containsKey("remarks")) {
            remarks = text(patch.get("remarks"), "remarks", ActionEdit.MAX_REMARKS, errors);
        }
        if (patch.containsKey("dueDate")) {
            Object raw = patch.get("dueDate");
            try {
                dueDate = LocalDate.parse(String.valueOf(raw));
                if (!(raw instanceof String)) {
                    throw new DateTimeParseException("", "", 0);
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.coded("dueDate", "expected a date as yyyy-mm-dd", "plan.dueDate"));
            }
        }
        if (patch.containsKey("status")) {
            Object raw = patch.get("status");
            status = raw instanceof String s ? ActionStatus.parse(s).orElse(null) : null;
            if (status == null) {
                errors.add(FieldError.coded("status", "expected one of OPEN, IN_PROGRESS, DONE", "plan.status"));
            }
        }
        if (patch.containsKey("costEstimate")) {
            cost = cost(patch.get("costEstimate"), "costEstimate", errors);
        }
        List<Integer> dependsOn = current.dependsOn();
        if (patch.containsKey("dependsOn")) {
            dependsOn = ActionNumbers.of(patch.get("dependsOn")).orElse(null);
            if (dependsOn == null) {
                errors.add(FieldError.coded("dependsOn", "expected the numbers of actions of this plan, e.g. [2, 5]",
                        "plan.dependsOn"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("Invalid change to the action; nothing was changed", errors);
        }
        return new ActionEdit(priority, owner, dueDate, status, cost, remarks, dependsOn);
    }

    static int priority(Object raw, String field, List<FieldError> errors) {
        if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 1 && n.intValue() <= 3) {
            return n.intValue();
        }
        errors.add(FieldError.coded(field, "expected priority 1, 2 or 3", "plan.priority"));
        return 0;
    }

    static String text(Object raw, String field, int max, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String s)) {
            errors.add(FieldError.coded(field, "expected text", "plan.text"));
            return null;
        }
        if (s.length() > max) {
            errors.add(FieldError.coded(field, "at most " + max + " characters", "plan.tooLong", max));
            return null;
        }
        return s.isBlank() ? null : s.strip();
    }

    static BigDecimal cost(Object raw, String field, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Number n) || (n instanceof Double d && !Double.isFinite(d))
                || (n instanceof Float f && !Float.isFinite(f))) {
            errors.add(raw instanceof Number
                    ? FieldError.coded(field, "expected an amount from 0 to " + ActionEdit.MAX_COST, "plan.amountRange", ActionEdit.MAX_COST)
                    : FieldError.coded(field, "expected an amount in euros", "plan.amount"));
            return null;
        }
        BigDecimal value = new BigDecimal(n.toString());
        if (value.signum() < 0 || value.compareTo(ActionEdit.MAX_COST) > 0) {
            errors.add(FieldError.coded(field, "expected an amount from 0 to " + ActionEdit.MAX_COST, "plan.amountRange",
                    ActionEdit.MAX_COST));
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
