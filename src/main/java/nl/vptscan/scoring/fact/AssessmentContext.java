package nl.vptscan.scoring.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a rule may know about the organisation and the assessment besides the answers.
 *
 * @param sector        the organisation's sector (e.g. {@code gemeente}, {@code zorg}), or {@code overig}
 * @param employees     number of employees (0 when unknown)
 * @param kind          SELF for a self-assessment, AUDIT for an inspector's audit
 * @param referenceDate the date the answers describe; "in the last 12 months" counts back from it
 */
public record AssessmentContext(String sector, int employees, Kind kind, LocalDate referenceDate) {

    /** Who judged the organisation: the organisation itself, or an inspector. */
    public enum Kind { SELF, AUDIT }

    public AssessmentContext {
        sector = sector == null || sector.isBlank() ? "overig" : sector;
        kind = kind == null ? Kind.SELF : kind;
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (employees < 0) {
            throw new IllegalArgumentException("employees must not be negative");
        }
    }

    /** True when the date lies in the {@code months} months up to the reference date (not in the future). */
    public boolean withinMonths(LocalDate date, int months) {
        return date != null && !date.isAfter(referenceDate) && !date.isBefore(referenceDate.minusMonths(months));
    }

    /** Whole months between the date and the reference date. */
    public long monthsSince(LocalDate date) {
        return ChronoUnit.MONTHS.between(date, referenceDate);
    }
}
