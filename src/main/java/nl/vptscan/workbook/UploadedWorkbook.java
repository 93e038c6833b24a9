package nl.vptscan.workbook;

import javax.xml.stream.XMLStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.vptscan.workbook.UploadGuard.refuse;

/**
 * An uploaded Excel workbook (.xlsx) that passed {@link UploadGuard}: its sheet names, its custom document
 * properties, and its sheets read one row at a time, so reading it takes little memory whatever it holds. It is
 * read with a streaming XML parser only, never loaded whole.
 */
public final class UploadedWorkbook {

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final Map<String, byte[]> parts;
    private final Map<String, String> sheets;
    private final Map<String, String> properties;
    private final List<String> sharedStrings;
    private boolean date1904;

    private UploadedWorkbook(Map<String, byte[]> parts) {
        this.parts = parts;
        Map<String, String> root = relationships("", "_rels/.rels");
        String workbook = target(root, "officeDocument")
                .orElseThrow(() -> refuse("workbook.notXlsx", "the file is not an Excel workbook (.xlsx): it names no workbook part"));
        Map<String, String> related = relationships(folder(workbook), relsOf(workbook));
        this.sheets = sheets(workbook, related);
        this.sharedStrings = target(related, "sharedStrings").map(this::sharedStrings).orElse(List.of());
        this.properties = target(root, "custom-properties").map(this::customProperties).orElse(Map.of());
    }

    /** Checks the upload and reads its structure; any problem is a 400 that says why. */
    public static UploadedWorkbook read(byte[] upload) {
        return new UploadedWorkbook(UploadGuard.unpack(upload));
    }

    /** The sheet names in workbook order. */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** True when the workbook counts dates from 1904 (old Mac Excel), not from 1900. */
    public boolean date1904() {
        return date1904;
    }

    /** A custom document property's value, whatever its type, as text. */
    public Optional<String> customProperty(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /**
     * Hands the rows of a sheet to {@code rows}, one at a time in sheet order; rows out of order, a shared string
     * that does not exist or a number that is not one are refused.
     */
    public void rows(String sheet, Consumer<SheetRow> rows) {
        String part = sheets.get(sheet);
        if (part == null) {
            throw refuse("workbook.sheetMissing", "the sheet '" + sheet + "' is missing", sheet);
        }
        try (Xml.Reader xml = Xml.read(part, content(part))) {
            // only a part whose root is a worksheet had its rows and cells counted by the guard
            root(xml, part, "worksheet");
            int number = 0;
            List<SheetCell> cells = null;
            int column = -1;
            for (int event = xml.next(); event != XMLStreamReader.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("row")) {
                    int next = index(part, xml.attribute("r"), number + 1);
                    if (next <= number) {
                        throw refuse("workbook.notXlsx", "row " + next + " of sheet '" + sheet + "' comes after row " + number
                                + "; the sheet is damaged");
                    }
                    number = next;
                    cells = new ArrayList<>();
                    column = -1;
                } else if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("c") && cells != null) {
                    String ref = xml.attribute("r");
                    column = ref == null ? column + 1 : column(part, ref);
                    cells.add(cell(xml, sheet, column, ref == null ? "column " + (column + 1) + " of row " + number : ref));
                } else if (event == XMLStreamReader.END_ELEMENT && xml.localName().equals("row") && cells != null) {
                    rows.accept(new SheetRow(number, cells));
                    cells = null;
                }
            }
        }
    }

    private SheetCell cell(Xml.Reader xml, String sheet, int column, String at) {
        String type = xml.attribute("t");
        String value = null;
        String formula = null;
        String inline = null;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.localName()) {
                    case "v" -> value = xml.elementText();
                    case "f" -> formula = xml.elementText();
                    case "is" -> inline = richText(xml);
                    default -> depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        if (formula != null) {
            return new SheetCell(column, SheetCell.Kind.FORMULA, formula);
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> new SheetCell(column, SheetCell.Kind.STRING, value == null ? "" : shared(sheet, at, value));
            case "inlineStr" -> new SheetCell(column, SheetCell.Kind.STRING, inline == null ? "" : inline);
            case "str", "d" -> new SheetCell(column, SheetCell.Kind.STRING, value == null ? "" : unescape(value));
            case "b" -> new SheetCell(column, SheetCell.Kind.BOOLEAN, value == null ? "0" : value.trim());
            case "e" -> new SheetCell(column, SheetCell.Kind.ERROR, value == null ? "" : value);
            case "n" -> value == null || value.isBlank() ? new SheetCell(column, SheetCell.Kind.BLANK, "")
                    : new SheetCell(column, SheetCell.Kind.NUMBER, number(sheet, at, value.trim()));
            default -> throw refuse("workbook.notXlsx", "cell " + at + " of sheet '" + sheet + "' has an unknown type");
        };
    }

    private String shared(String sheet, String at, String index) {
        try {
            return sharedStrings.get(Integer.parseInt(index.trim()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw refuse("workbook.notXlsx", "cell " + at + " of sheet '" + sheet + "' refers to a shared string that does not exist");
        }
    }

    private static String number(String sheet, String at, String value) {
        try {
            if (Double.isFinite(Double.parseDouble(value))) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refuse("workbook.notXlsx", "cell " + at + " of sheet '" + sheet + "' is stored as a number but is not one");
    }

    /** The text of a string item: its runs joined, phonetic hints left out. */
    private static String richText(Xml.Reader xml) {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.localName()) {
                    case "t" -> text.append(xml.elementText());
                    case "rPh" -> xml.elementText();
                    default -> depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return unescape(text.toString());
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_}. */
    private static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher matcher = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
        }
        return matcher.appendTail(out).toString();
    }

    private List<String> sharedStrings(String part) {
        List<String> strings = new ArrayList<>();
        try (Xml.Reader xml = Xml.read(part, content(part))) {
            root(xml, part, "sst");
            for (int event = xml.next(); event != XMLStreamReader.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("si")) {
                    strings.add(richText(xml));
                }
            }
        }
        return strings;
    }

    /** Moves to the root element and refuses a part whose root is not the one expected. */
    private static void root(Xml.Reader xml, String part, String expected) {
        int event = xml.next();
        while (event != XMLStreamReader.START_ELEMENT && event != XMLStreamReader.END_DOCUMENT) {
            event = xml.next();
        }
        if (event != XMLStreamReader.START_ELEMENT || !xml.localName().equals(expected)) {
            throw refuse("workbook.notXlsx", part + " is not the kind of part the workbook says it is");
        }
    }

    private Map<String, String> sheets(String workbook, Map<String, String> related) {
        Map<String, String> sheets = new LinkedHashMap<>();
        try (Xml.Reader xml = Xml.read(workbook, content(workbook))) {
            for (int event = xml.next(); event != XMLStreamReader.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("workbookPr")) {
                    date1904 = "1".equals(xml.attribute("date1904")) || "true".equals(xml.attribute("date1904"));
                } else if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("sheet")) {
                    String target = related.get("id:" + xml.attribute("id"));
                    String name = xml.attribute("name");
                    if (name != null && target != null) {
                        sheets.put(name, target);
                    }
                }
            }
        }
        return sheets;
    }

    private Map<String, String> customProperties(String part) {
        Map<String, String> properties = new LinkedHashMap<>();
        try (Xml.Reader xml = Xml.read(part, content(part))) {
            for (int event = xml.next(); event != XMLStreamReader.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("property")) {
                    String name = xml.attribute("name");
                    String value = xml.elementText().trim();
                    if (name != null) {
                        properties.putIfAbsent(name, value);
                    }
                }
            }
        }
        return properties;
    }

    /**
     * The relationships of a part: "id:" + id → target part and "type:" + last word of the type → target part
     * (the first of that type), targets resolved against the folder of the part they belong to.
     */
    private Map<String, String> relationships(String folder, String rels) {
        Map<String, String> targets = new LinkedHashMap<>();
        if (!parts.containsKey(rels.toLowerCase(Locale.ROOT))) {
            return targets;
        }
        try (Xml.Reader xml = Xml.read(rels, content(rels))) {
            for (int event = xml.next(); event != XMLStreamReader.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamReader.START_ELEMENT && xml.localName().equals("Relationship")
                        && !"External".equals(xml.attribute("TargetMode"))) {
                    String target = resolve(folder, xml.attribute("Target"));
                    String type = xml.attribute("Type");
                    if (target != null && type != null) {
                        targets.put("id:" + xml.attribute("Id"), target);
                        targets.putIfAbsent("type:" + type.substring(type.lastIndexOf('/') + 1), target);
                    }
                }
            }
        }
        return targets;
    }

    private static Optional<String> target(Map<String, String> relationships, String type) {
        return Optional.ofNullable(relationships.get("type:" + type));
    }

    private static String resolve(String folder, String target) {
        if (target == null) {
            return null;
        }
        try {
            String path = new URI("/" + folder).resolve(uri(target)).normalize().getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A relationship target as a URI; some programs write spaces in it unencoded. */
    private static URI uri(String target) throws URISyntaxException {
        try {
            return new URI(target);
        } catch (URISyntaxException e) {
            return new URI(null, null, target, null);
        }
    }

    private static String folder(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    private static String relsOf(String part) {
        return folder(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
    }

    private byte[] content(String part) {
        byte[] content = parts.get(part.toLowerCase(Locale.ROOT));
        if (content == null) {
            throw refuse("workbook.notXlsx", "the workbook names part " + part + " but does not hold it");
        }
        return content;
    }

    private static int index(String part, String number, int otherwise) {
        if (number == null) {
            return otherwise;
        }
        try {
            int index = Integer.parseInt(number.trim());
            if (index >= 1 && index <= 1_048_576) {
                return index;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refuse("workbook.notXlsx", part + " has a row numbered '" + number + "', which is not a row number");
    }

    /** The column of a cell reference such as {@code B12}: 0 for A. */
    private static int column(String part, String ref) {
        int column = 0;
        int letters = 0;
        for (; letters < ref.length() && letters <= 3; letters++) {
            char c = Character.toUpperCase(ref.charAt(letters));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (letters == 0 || letters > 3 || column > 16_384) {
            throw refuse("workbook.notXlsx", part + " has a cell reference '" + ref + "', which is not one");
        }
        return column - 1;
    }
}
