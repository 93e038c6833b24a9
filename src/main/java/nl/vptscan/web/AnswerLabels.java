package nl.vptscan.web;

import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.AnswerOption;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;

import java.util.List;

/** An answer as a person reads it: "ja", "gedeeltelijk", an option's label, a number without ".0". */
@Singleton
final class AnswerLabels {

    private final Texts texts;

    AnswerLabels(Texts texts) {
        this.texts = texts;
    }

    String label(Question question, String value, String lang) {
        return switch (value) {
            case "yes", "no", "partly", Question.NOT_APPLICABLE -> texts.get(lang, "answer." + value);
            default -> question.options().stream().filter(o -> o.value().equals(value)).findFirst()
                    .map(o -> o.label().in(lang)).orElse(value);
        };
    }

    String display(Question question, AnswerValue value, String lang) {
        return value == null ? "" : value.label(question, lang);
    }

    List<String> labels(Question question, List<String> values, String lang) {
        return values.stream().map(v -> label(question, v, lang)).toList();
    }

    static List<String> optionValues(Question question) {
        return question.options().stream().map(AnswerOption::value).toList();
    }
}
