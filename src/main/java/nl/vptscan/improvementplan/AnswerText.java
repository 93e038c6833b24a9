package nl.vptscan.improvementplan;

import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.result.Evidence;

/**
 * An answer as the workbook's reader reads it, in the workbook's language: "Ja", an option's label, a number
 * without ".0", never an id or a raw value. The words are the answer value's own ({@link AnswerValue#label}), so
 * the workbook (and the report) says what the pages say.
 */
public final class AnswerText {

    private AnswerText() {
    }

    /** A stored answer as words; empty when only a comment or evidence note was given. */
    public static String display(Question question, AnswerValue value, String lang) {
        return value == null ? "" : value.label(question, lang);
    }

    /** One answer behind a finding: the question as asked and the answer as words. */
    static String evidence(Questionnaire questionnaire, Evidence evidence, String lang) {
        return questionnaire.question(evidence.questionId())
                .map(q -> q.text().in(lang) + " — " + q.label(evidence.value(), lang))
                .orElse(evidence.questionId() + ": " + evidence.value());
    }
}
