package nl.vptscan.improvementplan;

import nl.vptscan.problem.FieldError;
import nl.vptscan.result.Action;
import nl.vptscan.result.Finding;
import nl.vptscan.result.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanOrderTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 1);

    private static Action action(String rule, int days, String... after) {
        return new Action(rule, "p01", 1, days, "Doe " + rule, "Do " + rule, "preventiemedewerker",
                "Preventiemedewerker", "Prevention officer", List.of(after), "Risicogroep " + rule, "Risk group " + rule,
                "Controle " + rule, "Check " + rule);
    }

    private static Finding finding(String rule) {
        return new Finding(rule, "p01", Severity.WARNING, "Bevinding " + rule, "Finding " + rule, "Arbowet art. 5",
                List.of());
    }

    @Test
    void anActionDependsOnTheActionsOfTheFindingsItComesAfterAndIsNotDueBeforeThem() {
        // the RI&E (90 days) before the alarm devices at its risk locations (30 days), the protocol before instruction
        List<Action> recommended = List.of(action("AI11-P01-01", 90), action("AI11-P08-01", 30, "AI11-P01-01"),
                action("AI11-P04-01", 60), action("AI11-P03-01", 120, "AI11-P04-01"));
        List<ImprovementAction> plan = PlanCreator.plan(7L, List.of(finding("AI11-P01-01")), recommended, REFERENCE,
                Instant.EPOCH);

        assertEquals(List.of(), plan.get(0).dependsOn());
        assertEquals(List.of(1), plan.get(1).dependsOn());
        assertEquals(List.of(3), plan.get(3).dependsOn());
        assertEquals(REFERENCE.plusDays(90), plan.get(0).dueDate());
        assertEquals(REFERENCE.plusDays(90 + PlanOrder.DAYS_AFTER_PREVIOUS), plan.get(1).dueDate(),
                "due a month after the RI&E it depends on, not on its own 30 days");
        assertEquals(REFERENCE.plusDays(120), plan.get(3).dueDate(), "its own date is already later");
        assertEquals("Preventiemedewerker", plan.get(1).role("nl"));
        assertEquals("Prevention officer", plan.get(1).role("en"));
        assertEquals("Risk group AI11-P08-01", plan.get(1).riskGroup("en"));
        assertEquals("Controle AI11-P08-01", plan.get(1).completionCheck("nl"));
        assertEquals("Bevinding AI11-P01-01", plan.get(0).finding("nl"));
    }

    @Test
    void anActionNotInThePlanPassesItsOwnPredecessorsOnAndDueDatesFollowAChain() {
        // C after B after A, B not raised: C still comes after A; D after C gets its date after C's
        List<Action> recommended = List.of(action("X-A-01", 10), action("X-C-01", 10, "X-B-01"),
                action("X-D-01", 10, "X-C-01"));
        Map<String, List<String>> after = new LinkedHashMap<>();
        after.put("X-A-01", List.of());
        after.put("X-C-01", List.of("X-B-01"));
        after.put("X-B-01", List.of("X-A-01"));
        Map<String, Integer> numbers = Map.of("X-A-01", 1, "X-C-01", 2);
        assertEquals(List.of(1), PlanOrder.derive(after, numbers).get("X-C-01"));

        Map<Integer, LocalDate> own = new LinkedHashMap<>();
        own.put(3, REFERENCE.plusDays(10));
        own.put(2, REFERENCE.plusDays(10));
        own.put(1, REFERENCE.plusDays(10));
        Map<Integer, LocalDate> due = PlanOrder.dueDates(own, Map.of(2, List.of(1), 3, List.of(2)));
        assertEquals(REFERENCE.plusDays(10), due.get(1));
        assertEquals(REFERENCE.plusDays(40), due.get(2));
        assertEquals(REFERENCE.plusDays(70), due.get(3));
        assertEquals(3, PlanCreator.plan(7L, List.of(), recommended, REFERENCE, Instant.EPOCH).size());
    }

    @Test
    void aMissingActionASelfDependencyAndACircleAreNamedOnTheActionTheyAreAbout() {
        Map<Integer, List<Integer>> order = new LinkedHashMap<>();
        order.put(1, List.of());
        order.put(2, List.of(1, 9));
        order.put(3, List.of(3));
        List<FieldError> problems = PlanOrder.problems(order, n -> "actions." + n + ".dependsOn");
        assertEquals(List.of("actions.2.dependsOn:plan.dependsOn.missing:[9]", "actions.3.dependsOn:plan.dependsOn.self:[3]"),
                problems.stream().map(e -> e.field() + ":" + e.code() + ":" + e.params()).toList());

        order.put(2, List.of(1));
        order.put(3, List.of(4));
        order.put(4, List.of(2, 3));
        List<FieldError> circle = PlanOrder.problems(order, n -> "actions." + n + ".dependsOn");
        assertEquals(1, circle.size());
        assertEquals("plan.dependsOn.circle", circle.get(0).code());
        assertEquals("actions.3.dependsOn", circle.get(0).field());
        assertEquals("3 → 4 → 3", circle.get(0).params().get(0));

        order.put(4, List.of(2));
        assertTrue(PlanOrder.problems(order, n -> "x").isEmpty(), "a chain without a circle is fine");
    }

    @Test
    void actionNumbersAreReadAsPeopleWriteThem() {
        assertEquals(List.of(2, 5), ActionNumbers.parse(" 5, 2;5 ").orElseThrow());
        assertEquals(List.of(), ActionNumbers.parse("").orElseThrow());
        assertTrue(ActionNumbers.parse("2 en 5").isEmpty());
        assertEquals(List.of(3, 4), ActionNumbers.of(List.of(4, 3)).orElseThrow());
        assertTrue(ActionNumbers.of(List.of(1.5)).isEmpty());
        assertEquals("2, 5", ActionNumbers.format(List.of(2, 5)));
    }
}
