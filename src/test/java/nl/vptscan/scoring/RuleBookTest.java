package nl.vptscan.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookTest {

    private static final Path MINI = Path.of("src/test/resources/rules-mini");

    @Test
    void namesFileAndLineOfARuleThatDoesNotCompile() {
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> RuleBook.compile(Path.of("src/test/resources/rules-broken")));
        assertTrue(error.getMessage().startsWith("src/test/resources/rules-broken/mini/t1.drl:"), error.getMessage());
        assertTrue(error.getMessage().matches("(?s).*t1\\.drl:[789]:.*"), error.getMessage());
    }

    @Test
    void refusesAnEmptyFolder(@TempDir Path empty) {
        assertThrows(RuleCompilationException.class, () -> RuleBook.compile(empty));
    }

    @Test
    void versionIsAHashOfTheRuleFiles(@TempDir Path copy) throws IOException {
        String original = RuleBook.compile(MINI).version();
        assertEquals(original, RuleBook.compile(MINI).version());

        Files.createDirectories(copy.resolve("mini"));
        Files.copy(MINI.resolve("points.drl"), copy.resolve("points.drl"));
        Files.writeString(copy.resolve("mini/t1.drl"),
                Files.readString(MINI.resolve("mini/t1.drl")).replace("number > 100", "number > 50"));
        assertNotEquals(original, RuleBook.compile(copy).version());
    }
}
