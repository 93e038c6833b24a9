package nl.vptscan.benchmark;

import nl.vptscan.campaign.MonitorView;
import nl.vptscan.campaign.MonitorView.Change;
import nl.vptscan.campaign.MonitorView.RoundFigures;
import nl.vptscan.campaign.MonitorView.TopicChange;
import nl.vptscan.campaign.MonitorView.TopicLevels;
import nl.vptscan.campaign.RoundName;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.Words;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The region's monitor as a sheet, with the words of the monitor page: a stacked bar chart of the members per level
 * per topic and round on top (so it prints on the sheet's first page), then per round the members that submitted,
 * the table the chart reads (one row per topic and round) and per pair of rounds the change over the members in
 * both. A round or change below the privacy threshold says so and gives no figures, so the chart leaves it out.
 * The title row repeats on every printed page.
 * Written on a plain XSSF sheet because streamed sheets cannot hold charts; it has a row per topic and round only.
 */
final class MonitorSheet {

    /** Rows the chart takes above the tables. */
    private static final int CHART_ROWS = 30;
    /** The levels 0–4 from red to green, as on the heat map. */
    private static final String[] COLOURS = {"C0392B", "E67E22", "F1C40F", "82C46C", "2E8B57"};

    private MonitorSheet() {
    }

    static void write(XSSFSheet sheet, MonitorView monitor, Questionnaire questionnaire, String regionName,
                      Sheets cells) {
        String lang = cells.lang();
        Map<String, Topic> topics = questionnaire.topics().stream()
                .collect(Collectors.toMap(Topic::id, Function.identity()));
        Row title = sheet.createRow(0);
        cells.header(title, Words.get(lang, "monitor.title") + ": " + regionName + " — "
                + questionnaire.title().in(lang));
        title.setHeightInPoints(32);
        int rowIndex = 2;
        boolean charted = monitor.rounds().stream().anyMatch(r -> !r.withheld());
        if (monitor.rounds().isEmpty()) {
            cells.text(sheet.createRow(rowIndex++), 0, Words.get(lang, "monitor.noRounds"));
        }
        if (charted) {
            rowIndex += CHART_ROWS + 1;
        }
        for (RoundFigures round : monitor.rounds()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, RoundName.of(round.round(), lang));
            cells.text(row, 1, Words.format(lang, "monitor.respondents", round.respondents()));
            if (round.withheld()) {
                cells.text(row, 6, Words.format(lang, "monitor.withheld", monitor.minimumGroupSize()));
            }
        }
        int chartHeader = -1;
        int firstData = -1;
        int lastData = -1;
        if (charted) {
            rowIndex++;
            chartHeader = rowIndex++;
            Row header = sheet.createRow(chartHeader);
            cells.header(header, cells.t("Onderwerp en meting", "Topic and round"), cells.t("Organisaties", "Organisations"));
            for (int level = 0; level <= 4; level++) {
                cells.header(header, 2 + level, LevelScale.label(level, lang));
            }
            firstData = rowIndex;
            for (Topic topic : questionnaire.topics()) {
                for (RoundFigures round : monitor.rounds()) {
                    if (round.withheld()) {
                        continue;
                    }
                    TopicLevels levels = round.topics().stream().filter(t -> t.topic().equals(topic.id()))
                            .findFirst().orElse(null);
                    if (levels == null) {
                        continue;
                    }
                    Row row = sheet.createRow(rowIndex++);
                    cells.text(row, 0, name(topic, lang) + " — " + RoundName.of(round.round(), lang));
                    cells.integer(row, 1, levels.levels().stream().mapToInt(Integer::intValue).sum());
                    for (int level = 0; level <= 4; level++) {
                        cells.integer(row, 2 + level, levels.levels().get(level));
                    }
                }
            }
            lastData = rowIndex - 1;
        }
        for (Change change : monitor.changes()) {
            rowIndex++;
            cells.header(sheet.createRow(rowIndex++), Words.format(lang, "monitor.change",
                    RoundName.of(change.fromRound(), lang), RoundName.of(change.toRound(), lang)));
            cells.text(sheet.createRow(rowIndex++), 0, Words.format(lang, "monitor.inBoth", change.members()));
            if (change.withheld()) {
                cells.text(sheet.createRow(rowIndex++), 0, Words.format(lang, "monitor.withheld",
                        monitor.minimumGroupSize()));
                continue;
            }
            Row header = sheet.createRow(rowIndex++);
            header.setHeightInPoints(30);
            cells.header(header, Words.get(lang, "benchmark.topic"),
                    Words.get(lang, "monitor.before"), Words.get(lang, "monitor.after"),
                    Words.get(lang, "monitor.difference"), Words.get(lang, "monitor.up"),
                    Words.get(lang, "monitor.same"), Words.get(lang, "monitor.down"));
            for (TopicChange topic : change.topics()) {
                Row row = sheet.createRow(rowIndex++);
                Topic known = topics.get(topic.topic());
                cells.text(row, 0, known == null ? topic.topic() : name(known, lang));
                cells.number(row, 1, topic.before());
                cells.number(row, 2, topic.after());
                cells.number(row, 3, topic.change());
                cells.integer(row, 4, topic.up());
                cells.integer(row, 5, topic.same());
                cells.integer(row, 6, topic.down());
            }
        }
        sheet.setColumnWidth(0, 62 * 256);
        for (int column = 1; column <= 6; column++) {
            sheet.setColumnWidth(column, 15 * 256);
        }
        if (charted) {
            sheet.getRow(chartHeader).setHeightInPoints(30);
            chart(sheet, chartHeader, firstData, lastData, cells);
        }
        cells.print(sheet, 0, regionName);
    }

    private static String name(Topic topic, String lang) {
        return topic.id() + " " + topic.title().in(lang);
    }

    /**
     * Horizontal bars, one per topic and round, stacked by level from absent (red) to embedded (green), in the
     * order of the table; the legend names the levels below the chart.
     */
    private static void chart(XSSFSheet sheet, int header, int firstRow, int lastRow, Sheets cells) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 2, 7, 2 + CHART_ROWS));
        chart.setTitleText(cells.t("Organisaties per niveau, per onderwerp en meting",
                "Organisations per level, by topic and round"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis members = chart.createValueAxis(AxisPosition.BOTTOM);
        members.setMinimum(0);
        members.setCrosses(AxisCrosses.AUTO_ZERO);
        members.setMajorUnit(1);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, members);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(60);
        var labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        for (int level = 0; level <= 4; level++) {
            int column = 2 + level;
            var series = data.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column)));
            series.setTitle(LevelScale.label(level, cells.lang()),
                    new CellReference(sheet.getSheetName(), header, column, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(COLOURS[level]))));
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(COLOURS[level]))));
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
        overlapFully(chart);
    }

    /**
     * Stacked bars need an overlap of 100 %, or Excel draws each level beside the last. Written as plain XML:
     * the slim OOXML schema POI ships cannot type the overlap's value.
     */
    private static void overlapFully(XSSFChart chart) {
        var bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        var overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
        try (var cursor = overlap.newCursor()) {
            cursor.setAttributeText(new javax.xml.namespace.QName("val"), "100");
        }
    }

    private static byte[] hex(String rgb) {
        return java.util.HexFormat.of().parseHex(rgb);
    }
}
