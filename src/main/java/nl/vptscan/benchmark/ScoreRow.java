package nl.vptscan.benchmark;

import java.time.LocalDate;

/**
 * One member's score on one topic (or {@code overall}) as the SQL returns it: from its latest result, or, when
 * {@code previous}, from its previous year's result; on the overall row of the latest result, its number of unmet
 * legal duties.
 */
record ScoreRow(long organisationId, boolean previous, String topic, double score, int level,
                LocalDate referenceDate, int unmetDuties) {
}
