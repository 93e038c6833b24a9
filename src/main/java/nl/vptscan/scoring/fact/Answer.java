package nl.vptscan.scoring.fact;

import nl.vptscan.questionnaire.AnswerValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An organisation's answer to one question, as a rule reads it.
 *
 * <p>The value is already parsed by its question ({@link nl.vptscan.questionnaire.Question#parse}); rules read it
 * through {@code yes}, {@code no}, {@code partly}, {@code notApplicable}, {@code number}, {@code date},
 * {@code choice}, {@code choices} and {@code has(option)}. {@code earned} and {@code max} are the points the
 * questionnaire gives this answer ({@code max} is 0 when the question is not scored or not applicable).
 */
public record Answer(String questionId, String topic, String type, AnswerValue value, double earned, double max) {

    public Answer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public boolean isYes() {
        return value == AnswerValue.YesNo.YES;
    }

    public boolean isNo() {
        return value == AnswerValue.YesNo.NO;
    }

    public boolean isPartly() {
        return value == AnswerValue.YesNo.PARTLY;
    }

    /** True when the organisation marked the question as not applicable to it. */
    public boolean isNotApplicable() {
        return value instanceof AnswerValue.NotApplicable;
    }

    /** The value of a number or percentage question; {@code NaN} for any other type. */
    public double getNumber() {
        if (value instanceof AnswerValue.NumberValue n) {
            return n.number();
        }
        return value instanceof AnswerValue.Percentage p ? p.percent() : Double.NaN;
    }

    /** The chosen option of a single-choice question (or the yes/no value, or {@code na}). */
    public String getChoice() {
        return value instanceof AnswerValue.TextValue || value instanceof AnswerValue.Choices
                || value.codes().isEmpty() ? null : value.codes().get(0);
    }

    /** The chosen options of a multiple-choice question; empty for other types. */
    public List<String> getChoices() {
        return value instanceof AnswerValue.Choices choices ? choices.options() : List.of();
    }

    /** True when a multiple-choice answer includes the option, or a single-choice answer is that option. */
    public boolean has(String option) {
        return value.codes().contains(option);
    }

    public LocalDate getDate() {
        return value instanceof AnswerValue.DateValue d ? d.date() : null;
    }

    public String getText() {
        return value instanceof AnswerValue.TextValue t ? t.text() : null;
    }

    /** The value as shown in a finding's evidence: option values, numbers without ".0", ISO dates. */
    public String display() {
        return value.display();
    }
}
