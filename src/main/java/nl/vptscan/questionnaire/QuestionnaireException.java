package nl.vptscan.questionnaire;

/** A questionnaire file is malformed; the message names the file, the line and the problem. */
public class QuestionnaireException extends RuntimeException {
    public QuestionnaireException(String message) {
        super(message);
    }
}
