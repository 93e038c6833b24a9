package nl.vptscan;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.AnswerOption;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Complete answer sets for the shipped questionnaires, for tests that need a whole assessment: every question
 * answered, favourably in some topics and unfavourably in the others.
 */
public final class TestAnswers {

    private static final QuestionnaireCatalog CATALOG = QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules")));

    private TestAnswers() {
    }

    public static Questionnaire questionnaire(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    /**
     * A value for every question: in topics {@code absent} accepts, "no", 10 % and the lowest-scoring option; in
     * the others "yes", 100 % and the best option (every option for multiple choice). Dates are {@code date}.
     */
    public static Map<String, Object> values(String questionnaireId, Predicate<String> absent, LocalDate date) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Question q : questionnaire(questionnaireId).questions()) {
            boolean bad = absent.test(q.topic());
            Comparator<AnswerOption> byScore = Comparator.comparing(o -> o.score() == null ? 0.0 : o.score());
            values.put(q.id(), switch (q.type()) {
                case YES_NO, YES_NO_PARTLY -> bad ? "no" : "yes";
                case CHOICE -> (bad ? q.options().stream().min(byScore) : q.options().stream().max(byScore))
                        .orElseThrow().value();
                case MULTI_CHOICE -> bad ? List.of(q.options().get(0).value())
                        : q.options().stream().map(AnswerOption::value).toList();
                case NUMBER -> q.min() == null ? 10 : Math.max(10, q.min().intValue());
                case PERCENTAGE -> bad ? 10 : 100;
                case DATE -> date.toString();
                case TEXT -> "Zie beleidsplan 2026";
            });
        }
        return values;
    }

    /** Every topic in place, evaluated a month ago. */
    public static Map<String, Object> allInPlace(String questionnaireId) {
        return values(questionnaireId, topic -> false, LocalDate.now().minusMonths(1));
    }

    /** The values as the answers of {@code PUT /api/assessments/{id}/answers}: each {@code {"value": …}}. */
    public static Map<String, Object> asAnswers(Map<String, Object> values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        values.forEach((id, value) -> answers.put(id, Map.of("value", value)));
        return answers;
    }
}
