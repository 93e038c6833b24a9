package nl.vptscan.web;

import nl.vptscan.assessment.HistoryEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Geometry for the inline SVG charts, computed on the server so the pages need no JavaScript. */
final class Charts {

    static final int BAR_HEIGHT = 26;
    static final int BAR_LABEL_WIDTH = 260;
    static final int BAR_WIDTH = 400;
    static final int TREND_WIDTH = 640;
    static final int TREND_HEIGHT = 220;
    private static final int TREND_MARGIN = 40;

    private Charts() {
    }

    /** One horizontal bar: its row, length, colour and texts. */
    record Bar(int y, double length, String colour, String label, String value) {
    }

    /** A set of bars with the drawing's height. */
    record Bars(int height, int labelWidth, int barWidth, List<Bar> bars) {
    }

    /** One point of a trend line with its axis label. */
    record Point(double x, double y, String value, String label) {
    }

    /** A trend line: the points, the SVG polyline, and the gridlines at 0, 25, 50, 75 and 100 %. */
    record Trend(String questionnaire, int width, int height, String polyline, List<Point> points, List<Point> grid) {
    }

    record BarInput(String label, double percentage, String colour) {
    }

    static Bars bars(List<BarInput> input) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            BarInput b = input.get(i);
            bars.add(new Bar(i * (BAR_HEIGHT + 8), Math.max(1, b.percentage() / 100.0 * BAR_WIDTH), b.colour(),
                    b.label(), Math.round(b.percentage()) + "%"));
        }
        return new Bars(Math.max(BAR_HEIGHT, input.size() * (BAR_HEIGHT + 8)), BAR_LABEL_WIDTH, BAR_WIDTH, bars);
    }

    static Trend trend(String questionnaire, List<HistoryEntry> history) {
        int plotWidth = TREND_WIDTH - 2 * TREND_MARGIN;
        int plotHeight = TREND_HEIGHT - 2 * TREND_MARGIN;
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            double x = TREND_MARGIN + (history.size() == 1 ? plotWidth / 2.0 : (double) i * plotWidth / (history.size() - 1));
            double y = TREND_MARGIN + plotHeight * (1 - entry.overall() / 100.0);
            LocalDate date = LocalDate.ofInstant(entry.submittedAt(), AssessmentRows.NL);
            points.add(new Point(round(x), round(y), Math.round(entry.overall()) + "%", date.toString()));
            line.append(line.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
        }
        List<Point> grid = new ArrayList<>();
        for (int pct = 0; pct <= 100; pct += 25) {
            grid.add(new Point(TREND_MARGIN, round(TREND_MARGIN + plotHeight * (1 - pct / 100.0)), pct + "%", ""));
        }
        return new Trend(questionnaire, TREND_WIDTH, TREND_HEIGHT, line.toString(), points, grid);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
