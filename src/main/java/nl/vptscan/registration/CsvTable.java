package nl.vptscan.registration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV export as spreadsheet programs write it: UTF-8 with or without a byte order mark, UTF-16 with one, or
 * Windows-1252 (what Dutch Excel writes); separated by {@code ;}, {@code ,} or tabs (decided from the header row, or
 * from Excel's {@code sep=} first line); fields in double quotes may hold separators, line breaks and doubled quotes.
 * Row numbers are the records' numbers, as a spreadsheet program shows them.
 */
final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String text;
    private int at;
    private int record;

    private CsvTable(String text) {
        this.text = text;
    }

    static void read(byte[] content, Rows rows, int maxRows) {
        new CsvTable(decode(content)).read(rows, maxRows);
    }

    /** The text of the file in the encoding it was written in. */
    static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: what Excel writes as "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows
            return new String(content, WINDOWS_1252);
        }
    }

    private void read(Rows rows, int maxRows) {
        char separator = 0;
        List<String> first = null;
        int headerRow = 0;
        while (at < text.length()) {
            int start = at;
            String line = firstLine();
            if (first == null && line.toLowerCase(java.util.Locale.ROOT).startsWith("sep=") && line.strip().length() == 5) {
                separator = line.strip().charAt(4);
                at = lineEnd(start);
                record++;
                continue;
            }
            if (separator == 0) {
                separator = separator(line);
            }
            List<String> fields = record(separator);
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (first == null) {
                first = fields;
                headerRow = record;
                rows.header(headerRow, fields);
                continue;
            }
            if (record - headerRow > maxRows) {
                throw RegistrationRefused.file(RegistrationRefused.Reason.TOO_MANY_ROWS,
                        "the export has more than " + maxRows + " incidents", maxRows);
            }
            rows.row(record, fields.stream().map(Cell::text).toList());
        }
        if (first == null) {
            throw RegistrationRefused.file(RegistrationRefused.Reason.EMPTY, "the file holds no text");
        }
    }

    /** The separator of the header line: the most frequent of {@code ;}, {@code ,} and tab outside quotes. */
    private static char separator(String line) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private String firstLine() {
        return text.substring(at, lineEnd(at)).replaceFirst("\r?\n$", "");
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end + 1;
    }

    /** One record from the current position: its fields, quotes removed. */
    private List<String> record(char separator) {
        record++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (quoted) {
                if (c == '"') {
                    if (at < text.length() && text.charAt(at) == '"') {
                        field.append('"');
                        at++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && (field.isEmpty() || field.toString().isBlank()) && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                    at++;
                }
                break;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
