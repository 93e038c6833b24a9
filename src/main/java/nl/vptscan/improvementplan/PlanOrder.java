package nl.vptscan.improvementplan;

import nl.vptscan.problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How the actions of a plan hang together: which depend on which (derived from the findings' order, or as the
 * organisation edits it), checked for actions that do not exist and for circles, and the suggested due dates that
 * respect the order.
 */
final class PlanOrder {

    /** Days an action is suggested to be due after the latest due date of the actions it depends on. */
    static final int DAYS_AFTER_PREVIOUS = 30;

    private PlanOrder() {
    }

    /**
     * The numbers each action depends on, from the rule ids whose actions must come first ({@code after}): an
     * action that is not in the plan is passed through, so its own predecessors in the plan still come first.
     */
    static Map<String, List<Integer>> derive(Map<String, List<String>> afterByRule, Map<String, Integer> numberByRule) {
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        for (String rule : afterByRule.keySet()) {
            if (!numberByRule.containsKey(rule)) {
                continue;
            }
            TreeSet<Integer> numbers = new TreeSet<>();
            collect(rule, afterByRule, numberByRule, numbers, new HashSet<>());
            numbers.remove(numberByRule.get(rule));
            result.put(rule, List.copyOf(numbers));
        }
        return result;
    }

    private static void collect(String rule, Map<String, List<String>> afterByRule, Map<String, Integer> numberByRule,
                                Set<Integer> numbers, Set<String> visited) {
        for (String first : afterByRule.getOrDefault(rule, List.of())) {
            if (!visited.add(first)) {
                continue;
            }
            Integer number = numberByRule.get(first);
            if (number != null) {
                numbers.add(number);
            } else {
                collect(first, afterByRule, numberByRule, numbers, visited);
            }
        }
    }

    /**
     * Suggested due dates that respect the order: an action is due on its own suggested date, but never before
     * {@link #DAYS_AFTER_PREVIOUS} days after the latest due date of the actions it depends on. The order must have
     * no circle.
     */
    static Map<Integer, LocalDate> dueDates(Map<Integer, LocalDate> own, Map<Integer, List<Integer>> dependsOn) {
        Map<Integer, LocalDate> due = new LinkedHashMap<>();
        own.keySet().forEach(number -> due(number, own, dependsOn, due));
        return due;
    }

    private static LocalDate due(int number, Map<Integer, LocalDate> own, Map<Integer, List<Integer>> dependsOn,
                                 Map<Integer, LocalDate> due) {
        LocalDate known = due.get(number);
        if (known != null) {
            return known;
        }
        LocalDate date = own.get(number);
        for (int first : dependsOn.getOrDefault(number, List.of())) {
            if (own.containsKey(first)) {
                LocalDate after = due(first, own, dependsOn, due).plusDays(DAYS_AFTER_PREVIOUS);
                if (after.isAfter(date)) {
                    date = after;
                }
            }
        }
        due.put(number, date);
        return date;
    }

    /**
     * The problems of a plan's order, each on the field of the action it is about ({@code field} gives it from the
     * action's number): a number that is no action of the plan, an action that depends on itself, and a circle.
     */
    static List<FieldError> problems(Map<Integer, List<Integer>> dependsOn, Function<Integer, String> field) {
        List<FieldError> errors = new ArrayList<>();
        for (var entry : dependsOn.entrySet()) {
            for (int first : entry.getValue()) {
                if (first == entry.getKey()) {
                    errors.add(FieldError.coded(field.apply(entry.getKey()), "an action cannot depend on itself",
                            "plan.dependsOn.self", first));
                } else if (!dependsOn.containsKey(first)) {
                    errors.add(FieldError.coded(field.apply(entry.getKey()), "there is no action " + first
                            + " in this plan", "plan.dependsOn.missing", first));
                }
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Set<Integer> done = new HashSet<>();
        for (int number : dependsOn.keySet()) {
            List<Integer> circle = circle(number, dependsOn, new ArrayList<>(), done);
            if (circle != null) {
                String chain = String.join(" → ", circle.stream().map(String::valueOf).toList());
                errors.add(FieldError.coded(field.apply(circle.get(0)), "the actions depend on each other in a circle: "
                        + chain, "plan.dependsOn.circle", chain));
                break;
            }
        }
        return errors;
    }

    private static List<Integer> circle(int number, Map<Integer, List<Integer>> dependsOn, List<Integer> path,
                                        Set<Integer> done) {
        int seen = path.indexOf(number);
        if (seen >= 0) {
            List<Integer> circle = new ArrayList<>(path.subList(seen, path.size()));
            circle.add(number);
            return circle;
        }
        if (!done.add(number)) {
            return null;
        }
        path.add(number);
        for (int first : dependsOn.getOrDefault(number, List.of())) {
            List<Integer> circle = circle(first, dependsOn, path, done);
            if (circle != null) {
                return circle;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }
}
