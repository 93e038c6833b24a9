package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every text a page shows comes from the message bundle, and the bundle has every key in Dutch and English. */
class TemplateTextTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    private static final Path BUNDLE = Path.of("src/main/resources/i18n");
    private static final Pattern KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

    @Test
    void templatesHoldNoUntranslatedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            UntranslatedText.find(Files.readString(template)).forEach(t -> found.add(VIEWS.relativize(template) + " " + t));
        }
        assertEquals(List.of(), found, "text in templates that is not from i18n/messages*.properties");
    }

    @Test
    void everyMessageKeyOfTheTemplatesIsInTheBundle() throws IOException {
        Properties dutch = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher key = KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!dutch.containsKey(key.group(1)) && !key.group(1).endsWith(".")) {
                    missing.add(VIEWS.relativize(template) + ": " + key.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
        assertFalse(bundle("messages.properties").isEmpty());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
