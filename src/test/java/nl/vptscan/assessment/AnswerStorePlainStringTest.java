package nl.vptscan.assessment;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A stored answer that is a JSON string without escapes reads as the JSON parser reads it, without the parser. */
class AnswerStorePlainStringTest {

    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void readsPlainStringsAsTheParserDoes() throws IOException {
        for (String text : List.of("\"no\"", "\"\"", "\"2026-03-01\"", "\"één of meer – ja\"", "\"a b/c\"")) {
            assertEquals(json.readValue(text, Object.class), AnswerStore.plainString(text), text);
        }
    }

    @Test
    void leavesEverythingElseToTheParser() {
        for (String text : List.of("null", "12", "12.5", "true", "[\"a\",\"b\"]", "{\"x\":1}", "\"a\\\"b\"",
                "\"a\\nb\"", "\"a\\u0041\"", "\"", "\"tab\there\"", "\"a\" ", "\"a\"\"b\"")) {
            assertNull(AnswerStore.plainString(text), text);
        }
    }
}
