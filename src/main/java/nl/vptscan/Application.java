package nl.vptscan;

import io.micronaut.runtime.Micronaut;
import nl.vptscan.questionnaire.QuestionnaireException;
import nl.vptscan.scoring.RuleCompilationException;

/** Starts vpt-scan: the self-inspection service for aggression and violence policy. */
public class Application {

    public static void main(String[] args) {
        try {
            Micronaut.run(Application.class, args);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof QuestionnaireException || cause instanceof RuleCompilationException) {
                    System.err.println("vpt-scan cannot start: " + cause.getMessage());
                    System.exit(2);
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }
}
