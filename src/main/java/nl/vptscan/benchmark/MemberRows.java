package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one member's score rows (latest and previous year) into its {@link MemberScores}. The percentile in the
 * spread is shown only when the score's group has at least the minimum number of organisations; pass a null
 * spread to leave percentiles out (a member's own view carries them per group instead).
 */
final class MemberRows {

    private MemberRows() {
    }

    static MemberScores toScores(long organisationId, String name, List<ScoreRow> rows, Questionnaire questionnaire,
                                 Spread spread, int minimum) {
        if (rows == null || rows.stream().noneMatch(r -> !r.previous())) {
            return MemberScores.withoutResult(organisationId, name);
        }
        Map<String, ScoreRow> latest = new HashMap<>();
        Map<String, ScoreRow> previous = new HashMap<>();
        rows.forEach(r -> (r.previous() ? previous : latest).put(r.topic(), r));
        ScoreRow overall = latest.get(BenchmarkQueries.OVERALL);
        ScoreRow previousOverall = previous.get(BenchmarkQueries.OVERALL);
        LocalDate previousDate = previousOverall == null ? null : previousOverall.referenceDate();
        List<Score> topics = questionnaire.topics().stream()
                .map(t -> score(t.id(), latest.get(t.id()), previous.get(t.id()), spread, minimum))
                .toList();
        return new MemberScores(organisationId, name, true, overall.referenceDate(), previousDate,
                score(BenchmarkQueries.OVERALL, overall, previousOverall, spread, minimum), topics, overall.unmetDuties());
    }

    private static Score score(String topic, ScoreRow row, ScoreRow previousRow, Spread spread, int minimum) {
        if (row == null) {
            return new Score(topic, null, null, null, null, null);
        }
        Double percentile = spread != null && Privacy.allows(spread.size(topic), minimum)
                ? spread.percentile(topic, row.score()) : null;
        Double previous = previousRow == null ? null : previousRow.score();
        return new Score(topic, row.score(), row.level(), percentile, previous, Numbers.change(row.score(), previous));
    }
}
