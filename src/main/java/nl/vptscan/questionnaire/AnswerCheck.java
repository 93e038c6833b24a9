package nl.vptscan.questionnaire;

import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;

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
    public static Map<String, Object> normalize(Questionnaire questionnaire, Map<String, ?> raw, String field) {
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
                checked.put(id, question.get().normalize(value));
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
}
