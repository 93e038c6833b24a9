package nl.vptscan;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import nl.vptscan.questionnaire.QuestionnaireException;
import nl.vptscan.scoring.RuleCompilationException;

@OpenAPIDefinition(info = @Info(title = "vpt-scan", version = "0.1",
        description = "Self-inspection of aggression and violence policy: questionnaires, scoring with explained "
                + "findings, assessments, improvement plans and regional benchmarks."))
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
