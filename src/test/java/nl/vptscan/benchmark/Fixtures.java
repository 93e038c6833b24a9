package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small named fixtures for the benchmark's unit tests. */
final class Fixtures {

    static final String VPT8 = "vpt-8-maatregelen";

    private Fixtures() {
    }

    static Questionnaire vpt8() {
        return QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules"))).find(VPT8).orElseThrow();
    }

    /** Aggregates for one score over n organisations, all at 60 with level 2. */
    static AggregateRow aggregate(String topic, long n) {
        return new AggregateRow(topic, n, 60, 60, 60, 60, 60, 60, 60, 60, 60, List.of(0L, 0L, n, 0L, 0L), 0);
    }

    /** The overall score and every vpt-8 topic over n organisations, all at 60. */
    static Spread everyScoreAt60(long n) {
        List<AggregateRow> rows = new ArrayList<>();
        Map<String, Map<Integer, long[]>> buckets = new HashMap<>();
        rows.add(aggregate(BenchmarkQueries.OVERALL, n));
        buckets.put(BenchmarkQueries.OVERALL, new HashMap<>(Map.of(600, new long[]{0, n, n})));
        vpt8().topics().forEach(t -> {
            rows.add(aggregate(t.id(), n));
            buckets.put(t.id(), new HashMap<>(Map.of(600, new long[]{0, n, n})));
        });
        return new Spread(rows, buckets);
    }

    /** A member scoring 60 on everything. */
    static MemberScores memberAt60() {
        List<Score> topics = vpt8().topics().stream().map(t -> new Score(t.id(), 60.0, 2, null, null, null)).toList();
        return new MemberScores(1, "Eigen", true, null, null,
                new Score(BenchmarkQueries.OVERALL, 60.0, 2, null, null, null), topics, 0);
    }
}
