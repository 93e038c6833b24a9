package nl.vptscan.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the answers of a draft on an older version of a questionnaire move to its current version: per old question
 * the new questions that take its answer, each with an optional value map.
 *
 * @param questionnaireId the questionnaire
 * @param from            the older version the draft was started on
 * @param to              the current version
 * @param moves           old question id → targets; an old id not listed keeps its id and answer
 */
public record QuestionnaireMigration(String questionnaireId, String from, String to, Map<String, List<Target>> moves) {

    public QuestionnaireMigration {
        Objects.requireNonNull(questionnaireId);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        moves = Map.copyOf(moves);
    }

    /**
     * One new question that takes an old answer.
     *
     * @param questionId the new question
     * @param values     old value (in stored form) → new value; null moves every value as it is, a value not in the
     *                   map is not moved
     */
    public record Target(String questionId, Map<String, AnswerValue> values) {

        public Target {
            Objects.requireNonNull(questionId);
            values = values == null ? null : Map.copyOf(values);
        }

        /**
         * The new value for an old one (in stored form, as the old question's answer was kept), or null when this
         * target cannot take it: the value is not in the map, or does not fit the new question.
         */
        public AnswerValue map(Object oldValue, Question target) {
            if (values != null) {
                return values.get(String.valueOf(oldValue));
            }
            try {
                return target.parse(oldValue);
            } catch (InvalidAnswerException e) {
                return null;
            }
        }
    }

    /** The targets of an old question: the listed ones, or the same id when the question is not listed. */
    public List<Target> targets(String oldQuestionId) {
        return moves.getOrDefault(oldQuestionId, List.of(new Target(oldQuestionId, null)));
    }
}
