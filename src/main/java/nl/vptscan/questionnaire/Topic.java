package nl.vptscan.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One point of the Inspectorate's checklist or one VPT measure: what is judged and scored as a whole,
 * with its legal basis (provisions of the legal catalogue) and its weight in the overall score.
 */
public record Topic(String id, Text title, Text description, List<LegalProvision> legal, double weight,
                    List<Question> questions) {

    public Topic {
        legal = List.copyOf(legal);
        questions = List.copyOf(questions);
    }

    /** The citations of the legal basis in the language asked for, joined by "; ". */
    public String citations(String lang) {
        return legal.stream().map(p -> p.citation().in(lang)).collect(Collectors.joining("; "));
    }
}
