package nl.vptscan.improvementplan;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the adoption of a plan from JSON ({@code adoptedBy}, {@code adoptedOn}, {@code worksCouncilConsulted},
 * {@code worksCouncilOn}): who adopted it and when are required, dates are not in the future, and the works council
 * is consulted on a date, not after the adoption, or not at all (then without a date).
 */
final class AdoptionInput {

    static final int MAX_ADOPTED_BY = 200;
    private static final Set<String> FIELDS = Set.of("adoptedBy", "adoptedOn", "worksCouncilConsulted", "worksCouncilOn");

    private AdoptionInput() {
    }

    /** The adoption as entered, recorded by {@code actor} now; every wrong field named with a code. */
    static PlanAdoption read(long assessmentId, Map<String, Object> input, LocalDate today, String actor,
                             java.time.Instant now) {
        List<FieldError> errors = new ArrayList<>();
        input.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add(FieldError.coded(k, "unknown field; known are " + FIELDS.stream().sorted().toList(),
                        "plan.unknownField", k)));
        Object byRaw = input.get("adoptedBy");
        String by = byRaw instanceof String s && !s.isBlank() ? s.strip() : null;
        if (by == null) {
            errors.add(FieldError.coded("adoptedBy", "say who adopted the plan", "plan.adoption.adoptedBy"));
        } else if (by.length() > MAX_ADOPTED_BY) {
            errors.add(FieldError.coded("adoptedBy", "at most " + MAX_ADOPTED_BY + " characters", "plan.tooLong",
                    MAX_ADOPTED_BY));
        }
        LocalDate on = date(input.get("adoptedOn"), "adoptedOn", true, today, errors);
        Object consultedRaw = input.get("worksCouncilConsulted");
        Boolean consulted = consultedRaw instanceof Boolean b ? b : null;
        if (consulted == null) {
            errors.add(FieldError.coded("worksCouncilConsulted", "say whether the works council was consulted (true or false)",
                    "plan.adoption.consulted"));
        }
        LocalDate councilOn = date(input.get("worksCouncilOn"), "worksCouncilOn", Boolean.TRUE.equals(consulted), today,
                errors);
        if (Boolean.FALSE.equals(consulted) && councilOn != null) {
            errors.add(FieldError.coded("worksCouncilOn", "a date of consultation while the works council was not consulted",
                    "plan.adoption.councilDateWithout"));
        }
        if (councilOn != null && on != null && councilOn.isAfter(on)) {
            errors.add(FieldError.coded("worksCouncilOn", "the works council is consulted before the plan is adopted",
                    "plan.adoption.councilAfterAdoption"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("Invalid adoption of the plan; nothing was recorded", errors);
        }
        return new PlanAdoption(assessmentId, by, on, consulted, councilOn, actor, now);
    }

    private static LocalDate date(Object raw, String field, boolean required, LocalDate today, List<FieldError> errors) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            if (required) {
                errors.add(FieldError.coded(field, "a date is required", "plan.adoption.dateRequired"));
            }
            return null;
        }
        try {
            if (!(raw instanceof String s)) {
                throw new DateTimeParseException("", "", 0);
            }
            LocalDate date = LocalDate.parse(s.strip());
            if (date.isAfter(today)) {
                errors.add(FieldError.coded(field, "a date not after today", "plan.adoption.future"));
                return null;
            }
            if (date.getYear() < 2000) {
                throw new DateTimeParseException("", "", 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.coded(field, "expected a date as yyyy-mm-dd", "plan.dueDate"));
            return null;
        }
    }
}
