package nl.vptscan.assessment;

import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Complete answer sets for the shipped questionnaires, as a well-run organisation would give them. */
final class Answers {

    private Answers() {
    }

    static Questionnaire questionnaire(String id) {
        return QuestionnaireCatalog.load(Path.of("questionnaires")).find(id).orElseThrow();
    }

    /** Every question answered with its most favourable value, dates a month before today. */
    static Map<String, Object> allInPlace(String questionnaireId) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questionnaire(questionnaireId).questions()) {
            answers.put(q.id(), switch (q.type()) {
                case YES_NO, YES_NO_PARTLY -> "yes";
                case CHOICE -> q.options().stream().filter(o -> o.score() != null)
                        .max(java.util.Comparator.comparing(o -> o.score())).orElse(q.options().get(0)).value();
                case MULTI_CHOICE -> q.options().stream().map(o -> o.value()).toList();
                case NUMBER -> q.min() == null ? 10 : Math.max(10, q.min().intValue());
                case PERCENTAGE -> 100;
                case DATE -> java.time.LocalDate.now().minusMonths(1).toString();
                case TEXT -> "Zie beleidsplan 2026";
            });
        }
        return answers;
    }
}
