package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.nio.file.Path;
import java.util.List;

/** Small named fixtures for the benchmark's unit tests. */
final class Fixtures {

    static final String VPT8 = "vpt-8-maatregelen";

    private Fixtures() {
    }

    static Questionnaire vpt8() {
        return QuestionnaireCatalog.load(Path.of("questionnaires")).find(VPT8).orElseThrow();
    }

    /** Aggregates for one score over n organisations, all at 60 with level 2. */
    static AggregateRow aggregate(String topic, long n) {
        return new AggregateRow(topic, n, 60, 60, 60, 60, 60, 60, 60, 60, 60, List.of(0L, 0L, n, 0L, 0L), 0, n, 60.0);
    }
}
