package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One member's score on one topic (or {@code overall}) as the SQL returns it, with its place in the group
 * (scores below, scores level including its own, group size) and the previous year's score.
 */
record ScoreRow(long organisationId, String topic, double score, int level, long below, long ties, long groupSize,
                @Nullable Double previous, LocalDate referenceDate, @Nullable LocalDate previousReferenceDate) {
}
