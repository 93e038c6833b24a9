package nl.vptscan.questionnaire;

import java.util.List;

/**
 * One point of the Inspectorate's checklist or one VPT measure: what is judged and scored as a whole,
 * with its legal basis and its weight in the overall score.
 */
public record Topic(String id, Text title, Text description, String legal, double weight, List<Question> questions) {

    public Topic {
        questions = List.copyOf(questions);
    }
}
