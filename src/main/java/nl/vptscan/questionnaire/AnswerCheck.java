package nl.vptscan.questionnaire;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a batch of raw answers against a questionnaire and rejects the whole batch naming every bad answer. */
public final class AnswerCheck {

    /** The most answers one request may carry: more than any questionnaire has, far fewer than an abuse needs. */
    public static final int MAX_ANSWERS = 500;

    private AnswerCheck() {
    }

    /**
     * Returns the answers parsed by their questions (see {@link Question#parse}), keyed and ordered as in the
     * questionnaire.
     *
     * @param field the request field that holds the answers, used in error paths (e.g. {@code answers})
     * @throws DomainException invalid, listing each unknown question and each answer that does not fit its question
     */
    public static Map<String, AnswerValue> parse(Questionnaire questionnaire, Map<String, ?> raw, String field,
                                                 LocalDate referenceDate) {
        if (raw.size() > MAX_ANSWERS) {
            throw DomainException.invalidField("at most " + MAX_ANSWERS + " answers per request, got " + raw.size(),
                    field, "answers.tooMany", MAX_ANSWERS, raw.size());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, AnswerValue> checked = new HashMap<>(raw.size() * 4 / 3 + 1);
        for (Map.Entry<String, ?> answer : raw.entrySet()) {
            String id = answer.getKey();
            Question question = questionnaire.question(id).orElse(null);
            if (question == null) {
                errors.add(FieldError.coded(field + "." + id, "unknown question in " + questionnaire.id(),
                        "answer.unknownQuestion", id));
                continue;
            }
            try {
                checked.put(id, parse(question, answer.getValue(), referenceDate));
            } catch (InvalidAnswerException e) {
                errors.add(fieldError(field + "." + id, e));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.size() + " answer(s) rejected; nothing was stored", errors);
        }
        Map<String, AnswerValue> ordered = new LinkedHashMap<>(checked.size() * 4 / 3 + 1);
        for (Question question : questionnaire.questionsById().values()) {
            AnswerValue value = checked.get(question.id());
            if (value != null) {
                ordered.put(question.id(), value);
            }
        }
        return ordered;
    }

    /**
     * Checks one answer; a date must not lie after the reference date, because every date question asks when
     * something last happened.
     */
    public static AnswerValue parse(Question question, Object raw, LocalDate referenceDate) {
        AnswerValue value = question.parse(raw);
        if (value instanceof AnswerValue.DateValue date && date.date().isAfter(referenceDate)) {
            throw new InvalidAnswerException("answer.date.future", "a date after " + referenceDate
                    + " cannot say when something last happened", referenceDate.toString());
        }
        return value;
    }

    /** The field error of a rejected answer: the English message, and the code and parameters pages show. */
    public static FieldError fieldError(String field, InvalidAnswerException e) {
        return new FieldError(field, e.getMessage(), e.code(), e.params());
    }
}
