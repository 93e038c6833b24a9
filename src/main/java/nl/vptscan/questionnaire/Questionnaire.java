package nl.vptscan.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A versioned set of topics and questions, loaded from one file under {@code questionnaires/}. */
public record Questionnaire(String id, String version, Text title, Text source, List<Topic> topics,
                            Map<String, Question> questionsById) {

    public Questionnaire(String id, String version, Text title, Text source, List<Topic> topics) {
        this(id, version, title, source, topics, index(topics));
    }

    public Questionnaire {
        topics = List.copyOf(topics);
        questionsById = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questionsById));
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    public List<Question> questions() {
        return List.copyOf(questionsById.values());
    }

    public int questionCount() {
        return questionsById.size();
    }

    /**
     * True when the question is shown for these answers: it has no condition, or the question it depends on
     * is shown and answered with one of the listed values.
     */
    public boolean isVisible(Question question, Map<String, ? extends AnswerValue> answers) {
        ShowIf condition = question.showIf();
        if (condition == null) {
            return true;
        }
        Question parent = questionsById.get(condition.question());
        AnswerValue value = answers.get(condition.question());
        if (parent == null || value == null || !isVisible(parent, answers)) {
            return false;
        }
        return anyOf(value, condition);
    }

    /**
     * True when the question's answer earns its points: it has no {@code credited_if}, or the question named there is
     * not answered (a quick scan of one topic), or it is answered with one of the listed values. When that question
     * says otherwise (no registration behind a figure "according to the registration"), the answer counts with its
     * maximum but earns no points.
     */
    public boolean isCredited(Question question, Map<String, ? extends AnswerValue> answers) {
        ShowIf condition = question.creditedIf();
        if (condition == null) {
            return true;
        }
        AnswerValue value = answers.get(condition.question());
        return value == null || anyOf(value, condition);
    }

    /** True when one of the answer's codes is among the condition's values (every scoring asks it per question). */
    private static boolean anyOf(AnswerValue value, ShowIf condition) {
        List<String> values = condition.values();
        for (String code : value.codes()) {
            if (values.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Question> index(List<Topic> topics) {
        Map<String, Question> byId = new LinkedHashMap<>();
        topics.forEach(t -> t.questions().forEach(q -> byId.put(q.id(), q)));
        return byId;
    }
}
