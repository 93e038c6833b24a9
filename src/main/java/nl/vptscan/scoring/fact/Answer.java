package nl.vptscan.scoring.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An organisation's answer to one question, as a rule reads it.
 *
 * <p>The value is already validated against its question: {@code yes}/{@code no}/{@code partly}/{@code na}
 * for the yes/no types, an option value for {@code choice}, a list of option values for {@code multi_choice},
 * a number for {@code number} and {@code percentage}, a {@link LocalDate} for {@code date}, a string for
 * {@code text}. {@code earned} and {@code max} are the points the questionnaire gives this answer
 * ({@code max} is 0 when the question is not scored or not applicable).
 */
public record Answer(String questionId, String topic, String type, Object value, double earned, double max) {

    public Answer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value instanceof List<?> list) {
            value = List.copyOf(list);
        }
    }

    public boolean isYes() {
        return "yes".equals(value);
    }

    public boolean isNo() {
        return "no".equals(value);
    }

    public boolean isPartly() {
        return "partly".equals(value);
    }

    /** True when the organisation marked the question as not applicable to it. */
    public boolean isNotApplicable() {
        return "na".equals(value);
    }

    /** The value of a number or percentage question; {@code NaN} for any other type. */
    public double getNumber() {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The chosen option of a single-choice question (or the yes/no value). */
    public String getChoice() {
        return value instanceof String s ? s : null;
    }

    /** The chosen options of a multiple-choice question; empty for other types. */
    public List<String> getChoices() {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** True when a multiple-choice answer includes the option, or a single-choice answer is that option. */
    public boolean has(String option) {
        return option.equals(value) || getChoices().contains(option);
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : null;
    }

    public String getText() {
        return value instanceof String s ? s : null;
    }

    /** The value as shown in a finding's evidence: option values, numbers, ISO dates. */
    public String display() {
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof List<?> list) {
            return String.join(", ", getChoices());
        }
        return String.valueOf(value);
    }
}
