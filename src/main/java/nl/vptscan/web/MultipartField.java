package nl.vptscan.web;

import java.nio.charset.StandardCharsets;

/** Reads one small text field from a {@code multipart/form-data} body without decoding its file parts. */
final class MultipartField {

    private static final int MAX_VALUE = 1024;

    private MultipartField() {
    }

    /** The value of the first part named {@code name}, or {@code null} when there is none. */
    static String value(byte[] body, String boundary, String name) {
        if (boundary.isEmpty()) {
            return null;
        }
        byte[] delimiter = ("--" + unquote(boundary)).getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
            if (headersEnd < 0) {
                return null;
            }
            int next = indexOf(body, ("\r\n--" + unquote(boundary)).getBytes(StandardCharsets.US_ASCII), headersEnd);
            if (next < 0) {
                return null;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
            if (named(headers, name) && next - headersEnd - 4 <= MAX_VALUE) {
                return new String(body, headersEnd + 4, next - headersEnd - 4, StandardCharsets.UTF_8);
            }
            start = next + 2;
        }
        return null;
    }

    private static boolean named(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase();
            if (lower.startsWith("content-disposition:")
                    && (line.contains("; name=\"" + name + "\"") || line.contains(";name=\"" + name + "\""))) {
                return !lower.contains("filename=");
            }
        }
        return false;
    }

    private static String unquote(String boundary) {
        return boundary.length() > 1 && boundary.startsWith("\"") && boundary.endsWith("\"")
                ? boundary.substring(1, boundary.length() - 1) : boundary;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
