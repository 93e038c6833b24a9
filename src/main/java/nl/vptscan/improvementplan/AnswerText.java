package nl.vptscan.improvementplan;

import nl.vptscan.questionnaire.AnswerOption;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.result.Evidence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An answer as the workbook's reader reads it, in the workbook's language: "ja", "deels", an option's label, a
 * number without ".0", never an id or a raw value. Kept here, small, until answers carry their own labels.
 */
final class AnswerText {

    private AnswerText() {
    }

    /** A stored answer value (text, number or list of option values) as words. */
    static String display(Question question, Object value, String lang) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> label(question, String.valueOf(v), lang)).collect(Collectors.joining(", "));
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return label(question, String.valueOf(value), lang);
    }

    /** One answer behind a finding: the question as asked and the answer as words. */
    static String evidence(Questionnaire questionnaire, Evidence evidence, String lang) {
        return questionnaire.question(evidence.questionId()).map(q -> q.text().in(lang) + " — " + label(q, evidence.value(), lang))
                .orElse(evidence.questionId() + ": " + evidence.value());
    }

    static String label(Question question, String value, String lang) {
        boolean en = "en".equals(lang);
        return switch (value) {
            case "yes" -> en ? "yes" : "ja";
            case "no" -> en ? "no" : "nee";
            case "partly" -> en ? "partly" : "deels";
            case Question.NOT_APPLICABLE -> en ? "n/a" : "n.v.t.";
            default -> question.options().stream().filter(o -> o.value().equals(value))
                    .map(AnswerOption::label).map(l -> l.in(lang)).findFirst().orElse(value);
        };
    }
}
