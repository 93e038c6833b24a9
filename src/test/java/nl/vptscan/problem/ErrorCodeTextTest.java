package nl.vptscan.problem;

import nl.vptscan.evidence.AttachmentRefused;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message code a refusal is thrown with has its text {@code error.<code>} in the Dutch and the English
 * bundle: the codes are read from the calls that take one ({@code FieldError.coded}, the coded
 * {@code DomainException} factories, {@code InvalidAnswerException}, the workbook refusals) in the main sources.
 */
class ErrorCodeTextTest {

    /** The calls whose arguments hold a message code. */
    private static final Pattern CALL = Pattern.compile(
            "\\b(coded|invalidField|invalid|notFound|forbidden|conflict|refuse|structure|InvalidAnswerException|DomainException)\\s*\\(");
    /** A code: dotted words in camel case, never a sentence. */
    private static final Pattern CODE = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+)\"");

    @Test
    void findsTheCodesOfTheSources() {
        Set<String> codes = codes();
        assertTrue(codes.containsAll(List.of("user.usernameTaken", "campaign.round.exists", "answer.number.range",
                "membership.notFound", "workbook.notXlsx", "attachment.refused.quota")), codes.toString());
    }

    @Test
    void everyCodeHasADutchAndAnEnglishText() {
        Properties dutch = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        TreeMap<String, String> missing = new TreeMap<>();
        for (String code : codes()) {
            if (!dutch.containsKey("error." + code)) {
                missing.merge("error." + code, "nl", (a, b) -> a + "," + b);
            }
            if (!english.containsKey("error." + code)) {
                missing.merge("error." + code, "en", (a, b) -> a + "," + b);
            }
        }
        assertEquals(new TreeMap<>(), missing, "codes without a text in the bundles");
    }

    /** The string literals that look like codes inside the calls that take one, and the attachment reasons. */
    static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        Arrays.stream(AttachmentRefused.Reason.values()).map(AttachmentRefused.Reason::code).forEach(codes::add);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String arguments = arguments(source, call.end());
                    // the first argument of FieldError.coded is the field, which may be dotted like a code
                    Matcher code = CODE.matcher(call.group(1).equals("coded")
                            ? arguments.substring(firstComma(arguments)) : arguments);
                    while (code.find()) {
                        codes.add(code.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** The text up to the parenthesis that closes the call opened just before {@code from}, strings skipped. */
    private static String arguments(String source, int from) {
        return source.substring(from, end(source, from, false));
    }

    private static int firstComma(String arguments) {
        return end(arguments, 0, true);
    }

    /** Where the argument list ends (or, asked for, its first argument), not counting strings and inner calls. */
    private static int end(String text, int from, boolean atComma) {
        int depth = 0;
        boolean string = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && atComma && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = ErrorCodeTextTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
