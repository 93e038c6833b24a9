package nl.vptscan.web;

import nl.vptscan.assessment.AnswerInput;
import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.QuestionType;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one topic: its questions as fields named {@code v:<id>} (answer), {@code c:<id>} (comment) and
 * {@code e:<id>} (evidence note), read from stored answers or from a post, and turned into answers to save.
 */
final class QuestionForm {

    /** One answer option: a radio button or checkbox. */
    record Choice(String value, String label, boolean checked) {
    }

    /** One question as the page shows it, with what was entered and what was wrong with it. */
    record Field(String id, String htmlId, String type, String text, String help, boolean required, List<Choice> choices,
                 String value, String comment, String evidence, List<String> errors, String condition,
                 String parent, String parentValues, Double min, Double max, boolean notApplicableBox,
                 boolean notApplicable, boolean noneOfThese) {

        public boolean radio() {
            return type.equals("yes_no") || type.equals("yes_no_partly") || type.equals("choice");
        }
    }

    /** What a person entered for one question. */
    record Entry(Object value, List<String> values, String comment, String evidence) {
    }

    /** The form value of "Geen van deze" on a multiple-choice question: an answer with no option ticked. */
    static final String NONE = "geen";

    private QuestionForm() {
    }

    static Map<String, Entry> fromStored(Topic topic, Map<String, StoredAnswer> stored, String lang) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Question q : topic.questions()) {
            StoredAnswer a = stored.get(q.id());
            if (a != null && a.value() == null) {
                entries.put(q.id(), new Entry(null, List.of(), a.comment(), a.evidence()));
            } else if (a != null) {
                entries.put(q.id(), new Entry(a.value().json(), formValues(q, a.value(), lang), a.comment(),
                        a.evidence()));
            }
        }
        return entries;
    }

    /** The values the form shows for a stored answer: the checked options, or the text in the input. */
    private static List<String> formValues(Question q, AnswerValue value, String lang) {
        if (value instanceof AnswerValue.NumberValue || value instanceof AnswerValue.Percentage) {
            return List.of(value.label(q, lang).replace("%", ""));
        }
        if (value instanceof AnswerValue.DateValue || value instanceof AnswerValue.TextValue) {
            return List.of(value.display());
        }
        if (value instanceof AnswerValue.Choices && value.codes().isEmpty()) {
            return List.of(NONE);
        }
        return value.codes();
    }

    static Map<String, Entry> fromPost(Topic topic, FormBody form) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Question q : topic.questions()) {
            List<String> values = form.all("v:" + q.id());
            if (q.notApplicable() && form.first("na:" + q.id()) != null) {
                values = List.of(Question.NOT_APPLICABLE);
            }
            if (q.type() == QuestionType.MULTI_CHOICE && values.isEmpty() && form.first("none:" + q.id()) != null) {
                // "Geen van deze": answered, with no option ticked
                entries.put(q.id(), new Entry(List.of(), List.of(NONE), form.first("c:" + q.id()), form.first("e:" + q.id())));
                continue;
            }
            Object value = values.isEmpty() ? null : values.get(0).equals(Question.NOT_APPLICABLE)
                    ? Question.NOT_APPLICABLE : switch (q.type()) {
                        case MULTI_CHOICE -> values;
                        case NUMBER -> FormAnswers.number(values.get(0));
                        case PERCENTAGE -> FormAnswers.percentage(values.get(0));
                        case DATE -> FormAnswers.date(values.get(0));
                        default -> values.get(0);
                    };
            entries.put(q.id(), new Entry(value, values, form.first("c:" + q.id()), form.first("e:" + q.id())));
        }
        return entries;
    }

    /**
     * What a form holds that no answer can: options ticked together with "Geen van deze". The whole form is refused,
     * as with any bad answer, and nothing is saved.
     */
    static List<FieldError> contradictions(Topic topic, FormBody form) {
        List<FieldError> errors = new ArrayList<>();
        for (Question q : topic.questions()) {
            if (q.type() == QuestionType.MULTI_CHOICE && form.first("none:" + q.id()) != null
                    && !form.all("v:" + q.id()).isEmpty()) {
                errors.add(FieldError.coded("answers." + q.id() + ".value",
                        "options and \"none of these\" are both chosen", "answer.noneAndOptions"));
            }
        }
        return errors;
    }

    static Map<String, AnswerInput> answers(Map<String, Entry> entries) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        entries.forEach((id, e) -> answers.put(id, new AnswerInput(e.value(), e.comment(), e.evidence())));
        return answers;
    }

    static List<Field> fields(Questionnaire questionnaire, Topic topic, Map<String, Entry> entries,
                              List<FieldError> errors, AnswerLabels labels, Texts texts, String lang) {
        List<Field> fields = new ArrayList<>();
        for (Question q : topic.questions()) {
            Entry e = entries.get(q.id());
            List<String> chosen = e == null ? List.of() : e.values();
            boolean box = q.notApplicable() && !q.allowedValues().contains(Question.NOT_APPLICABLE)
                    || q.notApplicable() && q.type() == QuestionType.MULTI_CHOICE;
            boolean na = chosen.contains(Question.NOT_APPLICABLE);
            List<Choice> choices = q.allowedValues().stream()
                    .filter(v -> !(q.type() == QuestionType.MULTI_CHOICE && v.equals(Question.NOT_APPLICABLE)))
                    .map(v -> new Choice(v, labels.label(q, v, lang), chosen.contains(v))).toList();
            String condition = null;
            String parent = null;
            String parentValues = null;
            if (q.showIf() != null) {
                Question p = questionnaire.question(q.showIf().question()).orElseThrow();
                condition = texts.get(lang, "question.onlyIf", p.text().in(lang),
                        String.join(" " + texts.get(lang, "question.or") + " ", labels.labels(p, q.showIf().values(), lang)));
                parent = p.id();
                parentValues = String.join(" ", q.showIf().values());
            }
            String prefix = "answers." + q.id();
            List<String> messages = errors.stream().filter(f -> f.field().equals(prefix) || f.field().startsWith(prefix + "."))
                    .map(f -> partLabel(f.field(), prefix, texts, lang) + message(f, texts, lang)).toList();
            fields.add(new Field(q.id(), q.id().replace('.', '-'), q.type().yamlName(), q.text().in(lang),
                    q.help() == null ? null : q.help().in(lang), q.required(), choices,
                    e == null || chosen.isEmpty() || na ? "" : chosen.get(0), e == null ? null : e.comment(),
                    e == null ? null : e.evidence(), messages, condition, parent, parentValues,
                    q.type() == QuestionType.PERCENTAGE ? Double.valueOf(0) : q.min(),
                    q.type() == QuestionType.PERCENTAGE ? Double.valueOf(100) : q.max(), box, box && na,
                    chosen.contains(NONE)));
        }
        return fields;
    }

    /** A field's error in the page's language: its message code from the bundle, else the English message. */
    private static String message(FieldError error, Texts texts, String lang) {
        return texts.error(lang, error);
    }

    private static String partLabel(String field, String prefix, Texts texts, String lang) {
        if (field.equals(prefix + ".comment")) {
            return texts.get(lang, "question.comment") + ": ";
        }
        if (field.equals(prefix + ".evidence")) {
            return texts.get(lang, "question.evidence") + ": ";
        }
        return "";
    }
}
