package nl.vptscan.questionnaire;

import java.util.Arrays;
import java.util.List;

/**
 * An answer does not fit its question. The message says in English what was expected (the API's detail); the
 * code and parameters let a page say it in its own language (message key = code, {@code {0}}, {@code {1}}... = the
 * parameters).
 */
public class InvalidAnswerException extends RuntimeException {

    private final String code;
    private final List<Object> params;

    public InvalidAnswerException(String code, String message, Object... params) {
        super(message, null, false, false);
        this.code = code;
        this.params = List.copyOf(Arrays.asList(params));
    }

    /** The message code, e.g. {@code answer.number.range}. */
    public String code() {
        return code;
    }

    /** The values the message names, in the order of the code's placeholders. */
    public List<Object> params() {
        return params;
    }
}
