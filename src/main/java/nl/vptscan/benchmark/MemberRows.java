package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns one member's score rows into its {@link MemberScores}. The percentile is shown only when the score's group
 * has at least the minimum number of organisations (pass 0 to leave it out altogether, as in a member's own view).
 */
final class MemberRows {

    private MemberRows() {
    }

    static MemberScores toScores(long organisationId, String name, List<ScoreRow> rows, Questionnaire questionnaire,
                                 int minimum) {
        if (rows == null || rows.isEmpty()) {
            return MemberScores.withoutResult(organisationId, name);
        }
        Map<String, ScoreRow> byTopic = rows.stream().collect(Collectors.toMap(ScoreRow::topic, Function.identity()));
        ScoreRow overall = byTopic.get(BenchmarkQueries.OVERALL);
        List<Score> topics = questionnaire.topics().stream()
                .map(t -> score(t.id(), byTopic.get(t.id()), minimum))
                .toList();
        return new MemberScores(organisationId, name, true, overall.referenceDate(), overall.previousReferenceDate(),
                score(BenchmarkQueries.OVERALL, overall, minimum), topics);
    }

    private static Score score(String topic, ScoreRow row, int minimum) {
        if (row == null) {
            return new Score(topic, null, null, null, null, null);
        }
        Double percentile = minimum > 0 && Privacy.allows(row.groupSize(), minimum)
                ? PercentileRank.of(row.below(), row.ties(), row.groupSize()) : null;
        return new Score(topic, row.score(), row.level(), percentile, row.previous(),
                Numbers.change(row.score(), row.previous()));
    }
}
