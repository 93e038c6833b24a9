package nl.vptscan.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in a Thymeleaf template that a reader would see but that does not come from the message bundle:
 * words between tags outside an element whose content Thymeleaf replaces, and literal title, alt, placeholder
 * or aria-label attributes.
 */
final class UntranslatedText {

    private static final Pattern IGNORED = Pattern.compile("<!--.*?-->|<script\\b.*?</script>|<style\\b.*?</style>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern REPLACING = Pattern.compile("\\sth:(text|utext|replace|insert)\\s*=");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "(?<![\\w:-])(title|alt|placeholder|aria-label)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr", "circle", "line", "rect", "polyline", "path");

    private UntranslatedText() {
    }

    /** Each piece of untranslated text, as "line N: text". */
    static List<String> find(String template) {
        String html = blank(template);
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        while (tag.find()) {
            text(html, last, tag.start(), replaced, found);
            last = tag.end();
            String name = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            if (tag.group(1).equals("/")) {
                if (!replaced.isEmpty()) {
                    replaced.pop();
                }
                continue;
            }
            Matcher literal = LITERAL_ATTRIBUTE.matcher(attributes);
            while (literal.find()) {
                if (LETTER.matcher(literal.group(2)).find()) {
                    found.add("line " + line(html, tag.start()) + ": " + literal.group(1) + "=\"" + literal.group(2) + "\"");
                }
            }
            if (!tag.group(4).equals("/") && !VOID.contains(name) && !name.equals("!doctype")) {
                boolean inside = !replaced.isEmpty() && replaced.peek();
                replaced.push(inside || REPLACING.matcher(" " + attributes).find());
            }
        }
        text(html, last, html.length(), replaced, found);
        return found;
    }

    private static void text(String html, int from, int to, Deque<Boolean> replaced, List<String> found) {
        String text = html.substring(from, to).replaceAll("&[a-zA-Z]+;|&#\\d+;", " ").strip();
        boolean inside = !replaced.isEmpty() && replaced.peek();
        if (!inside && LETTER.matcher(text).find()) {
            found.add("line " + line(html, from) + ": " + text);
        }
    }

    /** Comments, scripts and styles blanked out, keeping the line numbers. */
    private static String blank(String template) {
        Matcher m = IGNORED.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(out);
        return out.toString().replaceFirst("(?i)<!DOCTYPE[^>]*>", "");
    }

    private static int line(String html, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
