package nl.vptscan.improvementplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plan-like workbooks written straight as zip and XML (never built with POI in memory), shaped to exhaust a reader
 * that loads a whole sheet: very wide rows, many rows, a huge shared-string table, a giant cell, odd XML parts.
 * Each has the owner property of {@link #ASSESSMENT} unless the test gives its own {@code docProps/custom.xml}.
 */
final class HostileWorkbooks {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    static final String CUSTOM = "docProps/custom.xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String[] WORDS = {"agressie", "geweld", "beleid", "melding", "opvang", "training",
            "nazorg", "aangifte", "team", "risico", "maatregel", "evaluatie", "werkgever", "balie", "incident", "plan"};

    private final Map<String, Part> parts = new LinkedHashMap<>();

    /** Writes one part's content. */
    interface Part {
        void write(Writer out) throws IOException;
    }

    private HostileWorkbooks(long assessment) {
        parts.put("[Content_Types].xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/" + SHEET + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/" + SHARED_STRINGS + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/" + CUSTOM + "\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
                + "</Types>"));
        parts.put("_rels/.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"" + CUSTOM + "\"/>"
                + "</Relationships>"));
        parts.put("xl/workbook.xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Plan van aanpak\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"));
        parts.put(SHARED_STRINGS, out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
                + "\" count=\"1\" uniqueCount=\"1\"><si><t>Nr</t></si></sst>"));
        parts.put(CUSTOM, out -> out.write(customXml(String.valueOf(assessment))));
        parts.put(SHEET, sheet(out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")));
    }

    /** A minimal plan-like workbook of the assessment; change it with {@link #with}. */
    static HostileWorkbooks of(long assessment) {
        return new HostileWorkbooks(assessment);
    }

    /** Replaces or adds a part. */
    HostileWorkbooks with(String name, Part content) {
        parts.put(name, content);
        return this;
    }

    HostileWorkbooks with(String name, String content) {
        return with(name, out -> out.write(content));
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The owner property as vpt-scan writes it. */
    static String customXml(String assessment) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\""
                + PlanWorkbook.ASSESSMENT_PROPERTY + "\"><vt:lpwstr>" + assessment + "</vt:lpwstr></property></Properties>";
    }

    /** A worksheet around the given rows. */
    static Part sheet(Part rows) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows.write(out);
            out.write("</sheetData></worksheet>");
        };
    }

    /** Rows of numeric cells with random values: packs about ten times, like the workbook of the finding. */
    static Part numberRows(int rows, int cellsPerRow) {
        return sheet(out -> {
            SplittableRandom random = new SplittableRandom(rows * 31L + cellsPerRow);
            for (int r = 1; r <= rows; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < cellsPerRow; c++) {
                    out.write("<c r=\"" + column(c) + r + "\"><v>" + random.nextInt(4) + "</v></c>");
                }
                out.write("</row>");
            }
        });
    }

    /** A shared-string table of many short strings. */
    static Part sharedStrings(int count) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + count
                    + "\" uniqueCount=\"" + count + "\">");
            for (int i = 0; i < count; i++) {
                out.write("<si><t>" + i + "</t></si>");
            }
            out.write("</sst>");
        };
    }

    /** A sheet whose first cell holds an inline string of about {@code chars} characters of words. */
    static Part giantCell(int chars) {
        return sheet(out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            words(out, chars);
            out.write("</t></is></c></row>");
        });
    }

    /** An XML part of about {@code chars} characters of words: compresses about ten times, as text does. */
    static Part wordsPart(int chars) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><data>");
            words(out, chars);
            out.write("</data>");
        };
    }

    private static void words(Writer out, int chars) throws IOException {
        SplittableRandom random = new SplittableRandom(chars);
        for (int written = 0; written < chars; ) {
            String word = WORDS[random.nextInt(WORDS.length)];
            out.write(word);
            out.write(' ');
            written += word.length() + 1;
        }
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
