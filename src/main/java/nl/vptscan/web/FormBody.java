package nl.vptscan.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A posted {@code application/x-www-form-urlencoded} body, keeping every value of repeated fields (checkboxes). */
record FormBody(Map<String, List<String>> fields) {

    static FormBody parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new FormBody(fields);
    }

    /** The first value of a field, or {@code null} when it is absent or blank. */
    String first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
