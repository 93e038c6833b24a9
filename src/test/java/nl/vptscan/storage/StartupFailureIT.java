package nl.vptscan.storage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.vptscan.questionnaire.QuestionnaireException;
import nl.vptscan.scoring.RuleCompilationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken questionnaire or rule file stops start-up with a message naming the file and the line. */
class StartupFailureIT {

    @Test
    void brokenQuestionnaireStopsStartUp() {
        Throwable cause = rootOf(assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("vptscan.questionnaires.path", "src/test/resources/questionnaires-broken",
                        "micronaut.server.port", -1), "test")));
        assertEquals(QuestionnaireException.class, cause.getClass());
        assertTrue(cause.getMessage().matches("src/test/resources/questionnaires-broken/[a-z-]+\\.yaml:\\d+: .+"),
                cause.getMessage());
    }

    @Test
    void brokenRuleStopsStartUp(@TempDir Path rules) throws IOException {
        // the broken rule beside the real legal catalogue, which the questionnaires cite
        Files.createDirectories(rules.resolve("mini"));
        Files.copy(Path.of("src/test/resources/rules-broken/mini/t1.drl"), rules.resolve("mini/t1.drl"));
        Files.copy(Path.of("rules/legal.yaml"), rules.resolve("legal.yaml"));
        Throwable cause = rootOf(assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("vptscan.rules.path", rules.toString(), "micronaut.server.port", -1), "test")));
        assertEquals(RuleCompilationException.class, cause.getClass());
        assertTrue(cause.getMessage().startsWith(rules.resolve("mini/t1.drl") + ":8:"), cause.getMessage());
    }

    @Test
    void missingLegalCatalogueStopsStartUpNamingIt() {
        Throwable cause = rootOf(assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("vptscan.rules.path", "src/test/resources/rules-broken", "micronaut.server.port", -1), "test")));
        assertTrue(cause.getMessage().contains("legal.yaml"), cause.getMessage());
    }

    @Test
    void aFineBaseThatIsNotItsCategorysAmountStopsStartUpNamingFileAndLine(@TempDir Path rules) throws IOException {
        Path legal = rules.resolve("legal.yaml");
        String catalogue = Files.readString(Path.of("rules/legal.yaml"));
        Files.writeString(legal, catalogue.replaceFirst("fine_base: 1500", "fine_base: 1600"));
        int line = (int) catalogue.substring(0, catalogue.indexOf("fine_base: 1500")).lines().count();
        Throwable cause = rootOf(assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("vptscan.rules.path", rules.toString(), "micronaut.server.port", -1), "test")));
        assertEquals(QuestionnaireException.class, cause.getClass());
        assertTrue(cause.getMessage().startsWith(legal + ":" + line + ": fine_base 1600 of provision 'arbowet-3-2'"),
                cause.getMessage());
    }

    private static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof QuestionnaireException)
                && !(cause instanceof RuleCompilationException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
