package nl.vptscan.scoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A case table beside a rule file ({@code <topic>.cases.yaml}), as written by a domain expert: rows of given answers
 * and context with the exact findings, levels, severities and legal bases they must give.
 */
record CaseTable(Path file, String questionnaire, String topic, List<Row> rows) {

    record Row(String name, int line, Map<String, Object> context, Map<String, Object> answers, List<String> findings,
               Map<String, Integer> levels, Map<String, String> severity, Map<String, String> legal) {
    }
}
