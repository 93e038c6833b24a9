package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Text;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a {@link Group} from the database's aggregates, applying the privacy threshold: a group whose overall
 * score covers fewer organisations than the minimum shows no figure at all, and a topic that applied to fewer than
 * the minimum shows none for that topic. With the asking member's own scores, each score carries its percentile.
 */
final class Groups {

    static final Text OVERALL_TITLE = new Text("Totaal", "Overall");

    private Groups() {
    }

    static Group of(Text name, Spread spread, Questionnaire questionnaire, int minimum, @Nullable MemberScores own) {
        Map<String, AggregateRow> byTopic = spread.aggregates().stream()
                .collect(Collectors.toMap(AggregateRow::topic, Function.identity()));
        AggregateRow overallRow = byTopic.get(BenchmarkQueries.OVERALL);
        long organisations = overallRow == null ? 0 : overallRow.count();
        boolean open = Privacy.allows(organisations, minimum);
        GroupScore overall = score(BenchmarkQueries.OVERALL, OVERALL_TITLE, overallRow, open, minimum,
                own == null || own.overall() == null ? null : spread.percentile(BenchmarkQueries.OVERALL, own.overall().score()));
        var topics = questionnaire.topics().stream()
                .map(t -> score(t.id(), t.title(), byTopic.get(t.id()), open, minimum,
                        own == null ? null : spread.percentile(t.id(), own.score(t.id()))))
                .toList();
        return new Group(name, organisations, open ? null : Privacy.tooFew(organisations, minimum), overall, topics,
                open ? Long.valueOf(overallRow.withUnmetDuties()) : null);
    }

    private static GroupScore score(String topic, Text title, AggregateRow row, boolean groupOpen, int minimum,
                                    Double percentile) {
        long count = row == null ? 0 : row.count();
        if (!groupOpen || !Privacy.allows(count, minimum)) {
            return new GroupScore(topic, title, count, null, Privacy.tooFew(count, minimum), null);
        }
        return new GroupScore(topic, title, count, row.distribution(), null, percentile);
    }
}
