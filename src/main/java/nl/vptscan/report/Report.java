package nl.vptscan.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one assessment report, in one language, as both renderers lay it out: a title, the facts a cover
 * names (organisation, date), the first word of its file name, the footer, the words around the page number ({@code pageOf}: "pagina {0} van {1}",
 * where {0} is the page and {1} the number of pages) and the blocks in reading order. Every text in it is final:
 * renderers add no words.
 */
public record Report(String lang, String title, String fileStem, String organisation, LocalDate date, String footer, String pageOf,
                     List<Block> blocks) {

    public Report {
        blocks = List.copyOf(blocks);
    }

    /** One part of the report, in reading order. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table, Chart, Items {
    }

    /** A section heading: level 1 for a chapter, 2 for a part of one (a finding). */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph; a note is set smaller and muted. */
    public record Paragraph(String text, boolean note) implements Block {
    }

    /** Label and value pairs, such as the facts of the cover. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** One label and its value. */
    public record Fact(String label, String value) {
    }

    /** A table with a header row; {@code widths} are the columns' shares of the page width, in percent. */
    public record Table(List<String> headers, List<Integer> widths, List<List<Cell>> rows) implements Block {
        public Table {
            int columns = headers.size();
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell per header and every header a width");
            }
        }
    }

    /** A table cell: its text and the traffic-light tone of a level, if it shows one. */
    public record Cell(String text, Tone tone) {
        public static Cell of(String text) {
            return new Cell(text == null ? "" : text, Tone.NONE);
        }
    }

    /** The traffic light of a level: red (0–1), orange (2), green (3–4), or none. */
    public enum Tone {
        NONE, RED, ORANGE, GREEN;

        static Tone of(String colour) {
            return switch (colour) {
                case "red" -> RED;
                case "orange" -> ORANGE;
                case "green" -> GREEN;
                default -> NONE;
            };
        }
    }

    /** A bar chart of percentages: its title, a description for readers who cannot see it, and one bar per item. */
    public record Chart(String title, String description, List<Bar> bars) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: label, percentage 0–100, the value as written beside the bar, and its tone. */
    public record Bar(String label, double percentage, String value, Tone tone) {
    }

    /** A bulleted list. */
    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }
}
