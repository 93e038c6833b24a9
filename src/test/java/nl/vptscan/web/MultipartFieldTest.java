package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MultipartFieldTest {

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsATextPartAfterAFilePart() {
        byte[] body = body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.xlsx\"\r\n\r\n"
                + "PK\u0003\u0004 binary\r\n--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok-en\r\n--b--\r\n");
        assertEquals("tok-en", MultipartField.value(body, "b", "_csrf"));
    }

    @Test
    void ignoresAFileNamedLikeTheField() {
        byte[] body = body("--b\r\nContent-Disposition: form-data; name=\"_csrf\"; filename=\"x\"\r\n\r\nforged\r\n--b--\r\n");
        assertNull(MultipartField.value(body, "b", "_csrf"));
    }

    @Test
    void answersNothingForABrokenBody() {
        assertNull(MultipartField.value(body("--b\r\nContent-Disposition: form-data; name=\"_csrf\""), "b", "_csrf"));
        assertNull(MultipartField.value(body("no boundary at all"), "b", "_csrf"));
        assertNull(MultipartField.value(body("--b\r\n"), "", "_csrf"));
    }
}
