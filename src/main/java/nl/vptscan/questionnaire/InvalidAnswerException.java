package nl.vptscan.questionnaire;

/** An answer does not fit its question; the message says what was expected. */
public class InvalidAnswerException extends RuntimeException {
    public InvalidAnswerException(String message) {
        super(message, null, false, false);
    }
}
