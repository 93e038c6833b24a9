package nl.vptscan.questionnaire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

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

    @Property(tries = 400)
    void malformedQuestionnaireAlwaysFailsWithFileAndLine(@ForAll("sourceNames") String source,
                                                          @ForAll @Size(min = 1, max = 4) List<@From("mutations") Mutation> mutations) {
        String content = SOURCES.get(source);
        for (Mutation mutation : mutations) {
            content = mutation.apply(content);
        }
        readsOrFailsWithFileAndLine(source, content);
    }

    @Property(tries = 30)
    void deeplyNestedFlowCollectionsFailWithFileAndLine(@ForAll("sourceNames") String source,
                                                        @ForAll @IntRange(min = 20, max = 20_000) int depth,
                                                        @ForAll boolean mappings) {
        String open = mappings ? "{a: " : "[";
        String nested = open.repeat(depth) + "x" + (mappings ? "}" : "]").repeat(depth);
        readsOrFailsWithFileAndLine(source, SOURCES.get(source).replaceFirst("(?m)^version: .*$", "version: " + nested));
    }

    @Property(tries = 20)
    void aliasExpansionIsRefusedWithFileAndLine(@ForAll @IntRange(min = 2, max = 12) int levels,
                                                @ForAll @IntRange(min = 2, max = 10) int width) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int level = 1; level <= levels; level++) {
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                refs.add("*a" + (level - 1));
            }
            yaml.append('a').append(level).append(": &a").append(level).append(" [").append(String.join(", ", refs))
                    .append("]\n");
        }
        readsOrFailsWithFileAndLine("laughs.yaml", yaml.toString());
        readsOrFailsWithFileAndLine("laughs.yaml", SOURCES.get("mini.yaml")
                .replaceFirst("(?m)^topics:", yaml.toString().replace("\n", "\nx") + "\ntopics:"));
    }

    @Example
    void aliasedTopicsAreReadOrRefusedWithFileAndLine() {
        String mini = SOURCES.get("mini.yaml");
        String aliased = mini.replaceFirst("  - id: t1", "  - &topic\n    id: t1") + "  - *topic\n  - *topic\n";
        readsOrFailsWithFileAndLine("mini.yaml", aliased);
    }

    @Example
    void unreadableBytesFailWithFileAndLine() {
        readsOrFailsWithFileAndLine("mini.yaml", "\u0000\u0001\u0002");
        readsOrFailsWithFileAndLine("mini.yaml", "\uFEFF" + SOURCES.get("mini.yaml"));
        readsOrFailsWithFileAndLine("mini.yaml", "\uD800" + SOURCES.get("mini.yaml"));
        readsOrFailsWithFileAndLine("mini.yaml", "");
        readsOrFailsWithFileAndLine("mini.yaml", "---\n---\n");
    }

    @Provide
    Arbitrary<String> sourceNames() {
        return Arbitraries.of(List.copyOf(SOURCES.keySet()));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withChars(":-[]{}&*!|>'\"%@`#,? \t\n").ofMaxLength(6),
                Arbitraries.of("\u0000", "\uFEFF", "\u2028", "\u0085", "\uD83D\uDE00", "\uD800", "\r", "\r\n",
                        "~", "null", "!!binary", "!!python/object:x", "<<: *a", "? ", "...", "---", "%YAML 1.1\n"));
        return Arbitraries.oneOf(
                at.map(p -> new Mutation("delete line at " + p, s -> editLines(s, p, (lines, i) -> lines.remove(i)))),
                at.map(p -> new Mutation("duplicate line at " + p,
                        s -> editLines(s, p, (lines, i) -> lines.add(i, lines.get(i))))),
                Combinators.combine(at, at).as((p, q) -> new Mutation("swap lines at " + p + " and " + q,
                        s -> editLines(s, p, (lines, i) -> {
                            int j = (int) (q * (lines.size() - 1));
                            String line = lines.get(i);
                            lines.set(i, lines.get(j));
                            lines.set(j, line);
                        }))),
                Combinators.combine(at, noise).as((p, n) -> new Mutation("insert " + escape(n) + " at " + p,
                        s -> insert(s, p, n))),
                at.map(p -> new Mutation("truncate at " + p, s -> s.substring(0, offset(s, p)))),
                Combinators.combine(at, Arbitraries.integers().between(-6, 6), Arbitraries.of(" ", "\t"))
                        .as((p, shift, ch) -> new Mutation("indent line at " + p + " by " + shift + " '" + escape(ch) + "'",
                                s -> editLines(s, p, (lines, i) -> lines.set(i, indent(lines.get(i), shift, ch))))),
                Combinators.combine(at, Arbitraries.integers().between(1, 3000), Arbitraries.of("[", "{", "- ", "[{"))
                        .as((p, depth, open) -> new Mutation("nest " + depth + " × '" + open + "' at " + p,
                                s -> insert(s, p, open.repeat(depth)))),
                Combinators.combine(at, Arbitraries.integers().between(10_000, 600_000), Arbitraries.of("x", "é", "9", " "))
                        .as((p, length, ch) -> new Mutation("huge scalar of " + length + " '" + ch + "' at " + p,
                                s -> editLines(s, p, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(
                                        ":\\s*\\S.*$", ": " + Matcher.quoteReplacement(ch.repeat(length))))))),
                Combinators.combine(at, Arbitraries.of("\"a\\nb\"", "'x'", "&a", "*a", "!!int", "!!map", "~",
                                "1e999", "NaN", ".inf", "-0", "0x10", "true", "[]", "{}", "\"\"", "|\n  x", "\"\\u0000\""))
                        .as((p, value) -> new Mutation("value at " + p + " becomes " + escape(value),
                                s -> editLines(s, p, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(
                                        ":\\s*\\S.*$", ": " + Matcher.quoteReplacement(value)))))),
                Combinators.combine(at, Arbitraries.of("\"a\\nb\"", "\"\\t\"", "\"\"", "? [a]", "&k id", "*k", "<<"))
                        .as((p, key) -> new Mutation("key at " + p + " becomes " + escape(key),
                                s -> editLines(s, p, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(
                                        "^(\\s*-?\\s*)[a-z_]+:", "$1" + Matcher.quoteReplacement(key) + ":"))))));
    }

    /** Reads the content; a refusal must name the file and a line of it, in one line. */
    static void readsOrFailsWithFileAndLine(String name, String content) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            try {
                QuestionnaireReader.read(name, content);
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
