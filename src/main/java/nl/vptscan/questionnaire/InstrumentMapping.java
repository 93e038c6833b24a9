package nl.vptscan.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which answers count for two instruments (e.g. the 11 points and the 8 measures): links from a question of one
 * questionnaire to a question of the other, each one way with the values that carry over. Read from an expert-owned
 * file in {@code questionnaires/mappings/} by a strict reader; a link that names an unknown question or value stops
 * start-up.
 */
public record InstrumentMapping(String a, String b, List<Link> links) {

    /** How sure the domain review is that two questions ask the same. */
    public enum Confidence { HIGH, MEDIUM }

    /**
     * One way from a source question to a target question: {@code values} maps a source value to the target's, or is
     * empty when {@code same} copies the value as it is (a date, a percentage).
     */
    public record Link(String fromQuestionnaire, String fromQuestion, String toQuestionnaire, String toQuestion,
                       Confidence confidence, boolean same, Map<String, String> values, String where) {

        public Link {
            values = Map.copyOf(values);
        }

        /** The target's value for a source value in stored form; null when this link does not carry it. */
        public Object carry(Object value) {
            return same ? value : value instanceof String s ? values.get(s) : null;
        }
    }

    public InstrumentMapping {
        links = List.copyOf(links);
    }

    /** The questionnaire this mapping links the given one with. */
    public String other(String questionnaireId) {
        return a.equals(questionnaireId) ? b : a;
    }

    /** The links that carry answers from the given questionnaire. */
    public List<Link> from(String questionnaireId) {
        return links.stream().filter(l -> l.fromQuestionnaire().equals(questionnaireId)).toList();
    }

    /** Whether this mapping links these two questionnaires, either way round. */
    public boolean between(String one, String other) {
        return a.equals(one) && b.equals(other) || a.equals(other) && b.equals(one);
    }

    /**
     * The answers of the target questionnaire that the source's answers (question id → stored value) give; a value a
     * link does not list is not carried over. Keyed by target question id, each with the link it came from.
     */
    public Map<String, Carried> carry(String fromQuestionnaire, Map<String, Object> answers) {
        Map<String, Carried> carried = new LinkedHashMap<>();
        for (Link link : links) {
            if (!link.fromQuestionnaire().equals(fromQuestionnaire) || !answers.containsKey(link.fromQuestion())) {
                continue;
            }
            Object target = link.carry(answers.get(link.fromQuestion()));
            if (target != null) {
                carried.putIfAbsent(link.toQuestion(), new Carried(link.toQuestion(), target, link));
            }
        }
        return carried;
    }

    /** An answer carried over to the target questionnaire, in stored form, and the link that carried it. */
    public record Carried(String questionId, Object value, Link link) {
    }
}
