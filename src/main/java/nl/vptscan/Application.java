package nl.vptscan;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import nl.vptscan.assessment.ReleaseDiffCommand;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import nl.vptscan.questionnaire.QuestionnaireException;
import nl.vptscan.scoring.RuleCompilationException;

@OpenAPIDefinition(info = @Info(title = "vpt-scan", version = "0.1",
        description = "Self-inspection of aggression and violence policy: questionnaires, scoring with explained "
                + "findings, assessments, improvement plans and regional benchmarks."),
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access_token of POST /login, as `Authorization: Bearer <token>`")
/** Starts vpt-scan: the self-inspection service for aggression and violence policy. */
public class Application extends Micronaut {

    /** Starts the service, or with {@code release-diff <summary.md> <report.xlsx>} runs the release diff and stops. */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && ReleaseDiffCommand.NAME.equals(args[0])) {
            ReleaseDiffCommand.run(args);
            return;
        }
        new Application().mainClass(Application.class).args(args).start();
    }

    /** A broken questionnaire or rule file is a one-line message naming file and line, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof QuestionnaireException || cause instanceof RuleCompilationException) {
                System.err.println("vpt-scan cannot start: " + cause.getMessage());
                System.exit(2);
            }
        }
        super.handleStartupException(environment, exception);
    }
}
