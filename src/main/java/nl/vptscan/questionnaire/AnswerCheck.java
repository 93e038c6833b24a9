package nl.vptscan.questionnaire;

import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
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
     * Returns the answers in stored form (see {@link Question#normalize}), keyed and ordered as in the
     * questionnaire.
     *
     * @param field the request field that holds the answers, used in error paths (e.g. {@code answers})
     * @throws ApiException 400 listing each unknown question and each answer that does not fit its question
     */
    public static Map<String, Object> normalize(Questionnaire questionnaire, Map<String, ?> raw, String field,
                                                LocalDate referenceDate) {
        if (raw.size() > MAX_ANSWERS) {
            throw ApiException.badRequest("Too many answers in one request", List.of(new FieldError(field,
                    "at most " + MAX_ANSWERS + " answers per request, got " + raw.size())));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = new LinkedHashMap<>();
        raw.forEach((id, value) -> {
            var question = questionnaire.question(id);
            if (question.isEmpty()) {
                errors.add(new FieldError(field + "." + id, "unknown question in " + questionnaire.id()));
                return;
            }
            try {
                checked.put(id, normalize(question.get(), value, referenceDate));
            } catch (InvalidAnswerException e) {
                errors.add(new FieldError(field + "." + id, e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() + " answer(s) rejected; nothing was stored", errors);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> {
            if (checked.containsKey(q.id())) {
                ordered.put(q.id(), checked.get(q.id()));
            }
        });
        return ordered;
    }

    /**
     * Checks one answer; a date must not lie after the reference date, because every date question asks when
     * something last happened.
     */
    public static Object normalize(Question question, Object raw, LocalDate referenceDate) {
        Object value = question.normalize(raw);
        if (value instanceof LocalDate date && date.isAfter(referenceDate)) {
            throw new InvalidAnswerException("a date after " + referenceDate + " cannot say when something last happened");
        }
        return value;
    }
}
