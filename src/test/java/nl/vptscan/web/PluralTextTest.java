package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counts read right: "1 vraag", "2 vragen". A count message has a {@code .one} variant for one, every page that
 * says the count uses it, and no text hedges with "regel(s)" or "vraag(en)".
 */
class PluralTextTest {

    private static final Pattern HEDGE = Pattern.compile("\\p{L}\\((s|en|n)\\)");
    private static final List<String> COUNTS = List.of("questionnaire.topicOpen", "questionnaire.errors",
            "missing.intro", "plan.updated", "plan.rows", "plan.changed", "plan.import.refused",
            "benchmark.organisations", "monitor.respondents", "monitor.inBoth");

    @Test
    void noTextHedgesItsPlural() {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(file);
            List<String> hedged = bundle.stringPropertyNames().stream()
                    .filter(k -> HEDGE.matcher(bundle.getProperty(k)).find()).sorted().toList();
            assertEquals(List.of(), hedged, file);
        }
    }

    @Test
    void aRefusalCountingOneIsSaidInTheSingular() {
        Texts texts = new Texts(new MessagesFactory().messages());
        assertEquals("En nog 1 fout.", texts.error("nl", "registration.rows.more", List.of(1), "fallback"));
        assertEquals("En nog 3 fouten.", texts.error("nl", "registration.rows.more", List.of(3), "fallback"));
        assertEquals("And 1 more problem.", texts.error("en", "registration.rows.more", List.of(1), "fallback"));
        assertEquals("Deze beoordeling bestaat niet (meer).", texts.error("nl", "assessment.notFound", List.of(1L), "fallback"),
                "a code without words for one keeps its only text");
    }

    @Test
    void everyCountHasItsWordsForOne() {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(file);
            for (String key : COUNTS) {
                String one = bundle.getProperty(key + ".one");
                assertTrue(one != null && one.contains("1 "), file + ": " + key + ".one");
            }
        }
    }

    @Test
    void everyPageThatSaysACountSaysOneWithItsWordsForOne() throws IOException {
        Properties dutch = bundle("messages.properties");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/views"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                for (String key : dutch.stringPropertyNames()) {
                    if (dutch.containsKey(key + ".one") && html.contains("#{" + key + "(")
                            && !html.contains("#{" + key + ".one")) {
                        wrong.add(page.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = PluralTextTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
