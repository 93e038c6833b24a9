package nl.vptscan.questionnaire;

/**
 * One option of a choice question: the stored value, its label, and the share of the question's points
 * it earns (0..1; {@code null} when the question is not scored by its options).
 */
public record AnswerOption(String value, Text label, Double score) {
}
