package nl.vptscan.questionnaire;

import nl.vptscan.Fuzz;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damages valid questionnaire files in many small ways: the reader either accepts the result or names file and
 * line of a problem, in one line, and never fails in any other way or hangs.
 */
class QuestionnaireFuzzTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final LegalCatalogue LEGAL = LegalCatalogue.inRules(Path.of("rules"));
    private static final Map<String, String> SOURCES = sources();

    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> shipped = Files.list(Path.of("questionnaires"))) {
            Stream.concat(Stream.of(Path.of("src/test/resources/questionnaires-valid/mini.yaml")),
                            shipped.filter(p -> p.toString().endsWith(".yaml")).sorted())
                    .forEach(p -> sources.put(p.getFileName().toString(), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named change to a file's text, so a failing case reports what was done to it. */
    record Mutation(String name, UnaryOperator<String> change) {
        String apply(String content) {
            return change.apply(content);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A questionnaire file with one to four mutations applied. */
    record Damaged(String source, List<Mutation> mutations) {
        @Override
        public String toString() {
            return source + " " + mutations;
        }
    }

    @TestFactory
    Stream<DynamicTest> malformedQuestionnaireAlwaysFailsWithFileAndLine() {
        return Fuzz.forAll(400, fuzz -> new Damaged(sourceName(fuzz), fuzz.list(1, 4, () -> mutation(fuzz))), damaged -> {
            String content = SOURCES.get(damaged.source());
            for (Mutation mutation : damaged.mutations()) {
                content = mutation.apply(content);
            }
            readsOrFailsWithFileAndLine(damaged.source(), content);
        });
    }

    /** A source whose version value is replaced by flow collections nested {@code depth} deep. */
    record Nested(String source, int depth, boolean mappings) {
    }

    @TestFactory
    Stream<DynamicTest> deeplyNestedFlowCollectionsFailWithFileAndLine() {
        return Fuzz.forAll(30, fuzz -> new Nested(sourceName(fuzz), fuzz.between(20, 20_000), fuzz.bool()), nested -> {
            String open = nested.mappings() ? "{a: " : "[";
            String value = open.repeat(nested.depth()) + "x" + (nested.mappings() ? "}" : "]").repeat(nested.depth());
            readsOrFailsWithFileAndLine(nested.source(),
                    SOURCES.get(nested.source()).replaceFirst("(?m)^version: .*$", "version: " + value));
        });
    }

    /** Anchors {@code levels} deep, each referring {@code width} times to the one before. */
    record Laughs(int levels, int width) {
    }

    @TestFactory
    Stream<DynamicTest> aliasExpansionIsRefusedWithFileAndLine() {
        return Fuzz.forAll(20, fuzz -> new Laughs(fuzz.between(2, 12), fuzz.between(2, 10)), laughs -> {
            StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
            for (int level = 1; level <= laughs.levels(); level++) {
                List<String> refs = new ArrayList<>();
                for (int i = 0; i < laughs.width(); i++) {
                    refs.add("*a" + (level - 1));
                }
                yaml.append('a').append(level).append(": &a").append(level).append(" [")
                        .append(String.join(", ", refs)).append("]\n");
            }
            readsOrFailsWithFileAndLine("laughs.yaml", yaml.toString());
            readsOrFailsWithFileAndLine("laughs.yaml", SOURCES.get("mini.yaml")
                    .replaceFirst("(?m)^topics:", yaml.toString().replace("\n", "\nx") + "\ntopics:"));
        });
    }

    @Test
    void aliasedTopicsAreReadOrRefusedWithFileAndLine() {
        String mini = SOURCES.get("mini.yaml");
        String aliased = mini.replaceFirst("  - id: t1", "  - &topic\n    id: t1") + "  - *topic\n  - *topic\n";
        readsOrFailsWithFileAndLine("mini.yaml", aliased);
    }

    @Test
    void unreadableBytesFailWithFileAndLine() {
        readsOrFailsWithFileAndLine("mini.yaml", "\u0000\u0001\u0002");
        readsOrFailsWithFileAndLine("mini.yaml", "\uFEFF" + SOURCES.get("mini.yaml"));
        readsOrFailsWithFileAndLine("mini.yaml", "\uD800" + SOURCES.get("mini.yaml"));
        readsOrFailsWithFileAndLine("mini.yaml", "");
        readsOrFailsWithFileAndLine("mini.yaml", "---\n---\n");
    }

    private static String sourceName(Fuzz fuzz) {
        return fuzz.pick(List.copyOf(SOURCES.keySet()));
    }

    private static String noise(Fuzz fuzz) {
        return fuzz.oneOf(
                () -> fuzz.anyString(0, 8),
                () -> fuzz.string(0, 6, ":-[]{}&*!|>'\"%@`#,? \t\n"),
                () -> fuzz.pick("\u0000", "\uFEFF", "\u2028", "\u0085", "\uD83D\uDE00", "\uD800", "\r", "\r\n",
                        "~", "null", "!!binary", "!!python/object:x", "<<: *a", "? ", "...", "---", "%YAML 1.1\n"));
    }

    private static Mutation mutation(Fuzz fuzz) {
        double p = fuzz.between(0.0, 1.0);
        return switch (fuzz.below(10)) {
            case 0 -> new Mutation("delete line at " + p, s -> editLines(s, p, (lines, i) -> lines.remove(i)));
            case 1 -> new Mutation("duplicate line at " + p, s -> editLines(s, p, (lines, i) -> lines.add(i, lines.get(i))));
            case 2 -> {
                double q = fuzz.between(0.0, 1.0);
                yield new Mutation("swap lines at " + p + " and " + q, s -> editLines(s, p, (lines, i) -> {
                    int j = (int) (q * (lines.size() - 1));
                    String line = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }));
            }
            case 3 -> {
                String n = noise(fuzz);
                yield new Mutation("insert " + escape(n) + " at " + p, s -> insert(s, p, n));
            }
            case 4 -> new Mutation("truncate at " + p, s -> s.substring(0, offset(s, p)));
            case 5 -> {
                int shift = fuzz.between(-6, 6);
                String ch = fuzz.pick(" ", "\t");
                yield new Mutation("indent line at " + p + " by " + shift + " '" + escape(ch) + "'",
                        s -> editLines(s, p, (lines, i) -> lines.set(i, indent(lines.get(i), shift, ch))));
            }
            case 6 -> {
                int depth = fuzz.between(1, 3000);
                String open = fuzz.pick("[", "{", "- ", "[{");
                yield new Mutation("nest " + depth + " × '" + open + "' at " + p, s -> insert(s, p, open.repeat(depth)));
            }
            case 7 -> {
                int length = fuzz.between(10_000, 600_000);
                String ch = fuzz.pick("x", "é", "9", " ");
                yield new Mutation("huge scalar of " + length + " '" + ch + "' at " + p,
                        s -> editLines(s, p, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(
                                ":\\s*\\S.*$", ": " + Matcher.quoteReplacement(ch.repeat(length))))));
            }
            case 8 -> {
                String value = fuzz.pick("\"a\\nb\"", "'x'", "&a", "*a", "!!int", "!!map", "~", "1e999", "NaN", ".inf",
                        "-0", "0x10", "true", "[]", "{}", "\"\"", "|\n  x", "\"\\u0000\"");
                yield new Mutation("value at " + p + " becomes " + escape(value),
                        s -> editLines(s, p, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(
                                ":\\s*\\S.*$", ": " + Matcher.quoteReplacement(value)))));
            }
            default -> {
                String key = fuzz.pick("\"a\\nb\"", "\"\\t\"", "\"\"", "? [a]", "&k id", "*k", "<<");
                yield new Mutation("key at " + p + " becomes " + escape(key),
                        s -> editLines(s, p, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(
                                "^(\\s*-?\\s*)[a-z_]+:", "$1" + Matcher.quoteReplacement(key) + ":"))));
            }
        };
    }

    /** Reads the content; a refusal must name the file and a line of it, in one line. */
    static void readsOrFailsWithFileAndLine(String name, String content) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            try {
                QuestionnaireReader.read(name, content, LEGAL);
            } catch (QuestionnaireException e) {
                String message = e.getMessage();
                Matcher located = Pattern.compile(Pattern.quote(name) + ":([1-9][0-9]*): \\S.*").matcher(message);
                assertTrue(located.matches(), () -> "not 'file:line: problem': " + message);
                assertFalse(message.contains("\n") || message.contains("\r"), () -> "more than one line: " + message);
                long lines = 1 + content.chars().filter(c -> "\n\r\u0085\u2028\u2029".indexOf(c) >= 0).count();
                assertTrue(Long.parseLong(located.group(1)) <= lines,
                        () -> "line beyond the file (" + lines + " lines): " + message);
            }
        }, () -> "reading took longer than " + TIME_LIMIT);
    }

    private interface LineEdit {
        void apply(List<String> lines, int index);
    }

    private static String editLines(String content, double at, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
        edit.apply(lines, (int) (at * (lines.size() - 1)));
        return String.join("\n", lines);
    }

    private static String insert(String content, double at, String text) {
        int offset = offset(content, at);
        return content.substring(0, offset) + text + content.substring(offset);
    }

    /** An offset at the fraction of the content, never inside a surrogate pair. */
    private static int offset(String content, double at) {
        int offset = (int) (at * content.length());
        return offset > 0 && offset < content.length() && Character.isLowSurrogate(content.charAt(offset))
                ? offset - 1 : offset;
    }

    private static String indent(String line, int shift, String ch) {
        if (shift >= 0) {
            return ch.repeat(shift) + line;
        }
        int strip = 0;
        while (strip < -shift && strip < line.length() && line.charAt(strip) == ' ') {
            strip++;
        }
        return line.substring(strip);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : Character.toString(c)));
        return out.toString();
    }
}
