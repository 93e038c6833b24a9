package nl.vptscan.scoring;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The case tables beside the rule files: given answers and context, expected outcome. */
record RuleCases(Path file, String questionnaire, String topic, List<Case> cases) {

    static final Path RULES = Path.of("rules");
    static final Path QUESTIONNAIRES = Path.of("questionnaires");
    static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 6, 1);

    record Case(Path file, String name, AssessmentContext context, Map<String, Object> answers,
                List<String> findings, Map<String, Integer> levels, Map<String, String> severity,
                Map<String, String> legal) {

        /** Checks every answer against its question and returns them parsed; throws naming the row. */
        Map<String, AnswerValue> normalizedAnswers(Questionnaire questionnaire) {
            Map<String, AnswerValue> normalized = new LinkedHashMap<>();
            answers.forEach((id, raw) -> {
                Question question = questionnaire.question(id).orElseThrow(() -> new AssertionError(
                        file + " case '" + name + "': unknown question " + id));
                try {
                    normalized.put(id, question.parse(raw));
                } catch (RuntimeException e) {
                    throw new AssertionError(file + " case '" + name + "': answer to " + id + ": " + e.getMessage());
                }
            });
            return normalized;
        }
    }

    static List<RuleCases> all() {
        try (Stream<Path> walk = Files.walk(RULES)) {
            return walk.filter(p -> p.toString().endsWith(".cases.yaml")).sorted().map(RuleCases::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuestionnaireCatalog catalog() {
        return QuestionnaireCatalog.load(QUESTIONNAIRES, LegalCatalogue.inRules(Path.of("rules")));
    }

    /** Reads a case table with the strict reader the service uses for its rule data. */
    static RuleCases read(Path file) {
        CaseTable table = RuleDataReader.cases(file);
        List<Case> cases = new ArrayList<>();
        for (CaseTable.Row row : table.rows()) {
            Map<String, Object> ctx = row.context();
            AssessmentContext context = new AssessmentContext((String) ctx.get("sector"),
                    (Integer) ctx.getOrDefault("employees", 100),
                    AssessmentContext.Kind.valueOf((String) ctx.getOrDefault("kind", "SELF")),
                    (LocalDate) ctx.getOrDefault("date", DEFAULT_DATE));
            cases.add(new Case(file, row.name(), context, row.answers(), row.findings(), row.levels(), row.severity(),
                    row.legal()));
        }
        return new RuleCases(file, table.questionnaire(), table.topic(), cases);
    }
}
