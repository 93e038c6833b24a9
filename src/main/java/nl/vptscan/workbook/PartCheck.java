package nl.vptscan.workbook;

import javax.xml.stream.XMLStreamReader;

import static nl.vptscan.workbook.UploadGuard.refuse;

/**
 * Reads one XML part of an upload from start to end without keeping any of it: refuses a DOCTYPE, nesting
 * deeper than any workbook needs, and, in a sheet or the shared-string table, more rows, cells, strings or text
 * than {@link UploadGuard} allows.
 */
final class PartCheck {

    private PartCheck() {
    }

    static void check(String part, byte[] content, UploadGuard.Counts counts) {
        try (Xml.Reader xml = Xml.read(part, content)) {
            String root = null;
            int depth = 0;
            int rows = 0;
            int cellsInRow = 0;
            long text = 0;
            for (int event = xml.next(); event != XMLStreamReader.END_DOCUMENT; event = xml.next()) {
                switch (event) {
                    case XMLStreamReader.START_ELEMENT -> {
                        if (++depth > UploadGuard.MAX_DEPTH) {
                            throw refuse("workbook.suspicious", part + " nests elements deeper than " + UploadGuard.MAX_DEPTH + " levels");
                        }
                        String name = xml.localName();
                        text = 0;
                        if (root == null) {
                            root = name;
                        } else if (root.equals("worksheet")) {
                            switch (name) {
                                case "row" -> {
                                    if (++rows > UploadGuard.MAX_ROWS) {
                                        throw refuse("workbook.suspicious", part + " has more than " + UploadGuard.MAX_ROWS + " rows");
                                    }
                                    cellsInRow = 0;
                                }
                                case "c" -> {
                                    if (++cellsInRow > UploadGuard.MAX_CELLS_PER_ROW) {
                                        throw refuse("workbook.suspicious", "row " + rows + " of " + part + " has more than "
                                                + UploadGuard.MAX_CELLS_PER_ROW + " cells");
                                    }
                                    if (++counts.cells > UploadGuard.MAX_CELLS) {
                                        throw refuse("workbook.suspicious", "the workbook has more than " + UploadGuard.MAX_CELLS + " cells");
                                    }
                                }
                                default -> { }
                            }
                        } else if (root.equals("sst") && name.equals("si")) {
                            if (++counts.sharedStrings > UploadGuard.MAX_SHARED_STRINGS) {
                                throw refuse("workbook.suspicious", "the workbook has more than " + UploadGuard.MAX_SHARED_STRINGS
                                        + " shared strings");
                            }
                        }
                    }
                    case XMLStreamReader.END_ELEMENT -> depth--;
                    case XMLStreamReader.CHARACTERS -> {
                        // counted per element: a cell's text is one <v> or <t>, or a few runs of <t>
                        text += xml.textLength();
                        if (text > UploadGuard.MAX_TEXT && ("worksheet".equals(root) || "sst".equals(root))) {
                            throw refuse("workbook.suspicious", part + " holds a cell text longer than " + UploadGuard.MAX_TEXT + " characters");
                        }
                    }
                    default -> { }
                }
            }
        }
    }
}
