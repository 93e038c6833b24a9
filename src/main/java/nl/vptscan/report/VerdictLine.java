package nl.vptscan.report;

import nl.vptscan.report.Report.Cell;
import nl.vptscan.result.Words;

import java.util.List;

/**
 * One line of an inspection report: a topic, the inspector's verdict on it in words, the deadline of an eis or
 * waarschuwing (empty for the others) and the note. The columns a verdict line shows are declared here only
 * (headers, widths, cells).
 */
record VerdictLine(String topic, String verdict, String deadline, String note) {

    static List<String> headers(String lang) {
        return List.of(Words.get(lang, "comparison.topic"), Words.get(lang, "verdict.verdict"),
                Words.get(lang, "verdict.deadline"), Words.get(lang, "verdict.note"));
    }

    static List<Integer> widths() {
        return List.of(32, 16, 16, 36);
    }

    List<Cell> cells() {
        return List.of(Cell.of(topic), Cell.of(verdict), Cell.of(deadline), Cell.of(note));
    }
}
