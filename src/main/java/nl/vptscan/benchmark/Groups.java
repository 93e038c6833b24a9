package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Text;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a {@link Group} from the SQL aggregates, applying the privacy threshold: a group whose overall score
 * covers fewer organisations than the minimum shows no figure at all, and a topic that applied to fewer than
 * the minimum shows none for that topic.
 */
final class Groups {

    static final Text OVERALL_TITLE = new Text("Totaal", "Overall");

    private Groups() {
    }

    static Group of(Text name, List<AggregateRow> rows, Questionnaire questionnaire, int minimum) {
        Map<String, AggregateRow> byTopic = rows.stream().collect(Collectors.toMap(AggregateRow::topic, Function.identity()));
        AggregateRow overallRow = byTopic.get(BenchmarkQueries.OVERALL);
        long organisations = overallRow == null ? 0 : overallRow.count();
        boolean open = Privacy.allows(organisations, minimum);
        GroupScore overall = score(BenchmarkQueries.OVERALL, OVERALL_TITLE, overallRow, open, minimum);
        List<GroupScore> topics = questionnaire.topics().stream()
                .map(t -> score(t.id(), t.title(), byTopic.get(t.id()), open, minimum))
                .toList();
        return new Group(name, organisations, open ? null : Privacy.tooFew(organisations, minimum), overall, topics);
    }

    private static GroupScore score(String topic, Text title, AggregateRow row, boolean groupOpen, int minimum) {
        long count = row == null ? 0 : row.count();
        if (!groupOpen || !Privacy.allows(count, minimum)) {
            return new GroupScore(topic, title, count, null, Privacy.tooFew(count, minimum), null);
        }
        Double percentile = row.ownScore() == null ? null : PercentileRank.of(row.below(), row.ties(), row.count());
        return new GroupScore(topic, title, count, row.distribution(), null, percentile);
    }

}
