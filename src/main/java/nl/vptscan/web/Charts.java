package nl.vptscan.web;

import nl.vptscan.assessment.HistoryEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Geometry for the inline SVG charts, computed on the server so the pages need no JavaScript. */
final class Charts {

    /* narrow enough that a 390 px phone shows the trend's 12 px axis texts at nearly their size */
    static final int TREND_WIDTH = 400;
    static final int TREND_HEIGHT = 200;
    private static final int TREND_MARGIN = 40;

    private Charts() {
    }

    /**
     * One horizontal bar: its whole label, its length as a percentage of the track, colour and value. The page draws
     * the label above the bar, so a label of any length wraps instead of being cut, and the bar takes the width
     * there is.
     */
    record Bar(String label, double length, String colour, String value) {
    }

    /** One point of a trend line with its axis label. */
    record Point(double x, double y, String value, String label) {
    }

    /** A trend line: the points, the SVG polyline, and the gridlines at 0, 25, 50, 75 and 100 %. */
    record Trend(String questionnaire, int width, int height, String polyline, List<Point> points, List<Point> grid) {
    }

    record BarInput(String label, double percentage, String colour) {
    }

    static List<Bar> bars(List<BarInput> input) {
        return input.stream().map(b -> new Bar(b.label(), round(Math.max(0.5, Math.min(100, b.percentage()))), b.colour(),
                Math.round(b.percentage()) + "%")).toList();
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
