package nl.vptscan.scoring;

import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The case tables beside the rule files, read as plain data: given answers and context, expected outcome. */
record RuleCases(Path file, String questionnaire, String topic, List<Case> cases) {

    static final Path RULES = Path.of("rules");
    static final Path QUESTIONNAIRES = Path.of("questionnaires");
    static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 6, 1);

    record Case(Path file, String name, AssessmentContext context, Map<String, Object> answers,
                List<String> findings, Map<String, Integer> levels, Map<String, String> severity,
                Map<String, String> legal) {

        /** Checks every answer against its question and returns them in stored form; throws naming the row. */
        Map<String, Object> normalizedAnswers(Questionnaire questionnaire) {
            Map<String, Object> normalized = new LinkedHashMap<>();
            answers.forEach((id, raw) -> {
                Question question = questionnaire.question(id).orElseThrow(() -> new AssertionError(
                        file + " case '" + name + "': unknown question " + id));
                try {
                    normalized.put(id, question.normalize(raw));
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
        return QuestionnaireCatalog.load(QUESTIONNAIRES);
    }

    @SuppressWarnings("unchecked")
    static RuleCases read(Path file) {
        Map<String, Object> doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) doc.get("cases")) {
            String name = (String) row.get("name");
            Map<String, Object> ctx = (Map<String, Object>) row.getOrDefault("context", Map.of());
            AssessmentContext context = new AssessmentContext((String) ctx.get("sector"),
                    ((Number) ctx.getOrDefault("employees", 100)).intValue(),
                    AssessmentContext.Kind.valueOf((String) ctx.getOrDefault("kind", "SELF")),
                    ctx.containsKey("date") ? LocalDate.parse(plain(ctx.get("date")).toString()) : DEFAULT_DATE);
            Map<String, Object> answers = new LinkedHashMap<>();
            ((Map<String, Object>) row.getOrDefault("answers", Map.of())).forEach((k, v) -> answers.put(k, plain(v)));
            List<String> findings = (List<String>) row.getOrDefault("findings", List.of());
            Map<String, Integer> levels = (Map<String, Integer>) row.getOrDefault("levels", Map.of());
            Map<String, String> severity = (Map<String, String>) row.getOrDefault("severity", Map.of());
            Map<String, String> legal = (Map<String, String>) row.getOrDefault("legal", Map.of());
            cases.add(new Case(file, name, context, answers, findings, levels, severity, legal));
        }
        return new RuleCases(file, (String) doc.get("questionnaire"), (String) doc.get("topic"), cases);
    }

    /** YAML turns unquoted dates into Dates and whole numbers into Integers; answers in JSON are strings and numbers. */
    private static Object plain(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value;
    }
}
