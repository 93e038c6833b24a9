package nl.vptscan.benchmark;

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
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The overview sheet: the region's distribution per topic (count, quartiles, mean, extremes, levels) and a bar
 * chart of the first quartile, median and third quartile per topic. Written on a plain XSSF sheet because
 * streamed sheets cannot hold charts; it is small (one row per topic).
 */
final class OverviewSheet {

    private static final int FIRST_TABLE_ROW = 5;
    private static final byte[][] COLOURS = {{(byte) 0x9E, (byte) 0xC5, (byte) 0xE8},
            {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0x2E, (byte) 0x75, (byte) 0xB6}};

    private OverviewSheet() {
    }

    static void write(XSSFSheet sheet, RegionBenchmark benchmark, String questionnaireTitle, Sheets cells) {
        cells.text(sheet.createRow(0), 0, "Benchmark " + benchmark.regionName() + " — " + questionnaireTitle);
        Row counts = sheet.createRow(1);
        cells.text(counts, 0, cells.t("Leden", "Members"));
        cells.integer(counts, 1, benchmark.members());
        cells.text(counts, 2, cells.t("met resultaat", "with a result"));
        cells.integer(counts, 3, benchmark.membersWithResult());
        Row minimum = sheet.createRow(2);
        cells.text(minimum, 0, cells.t("Minimale groepsgrootte", "Minimum group size"));
        cells.integer(minimum, 1, benchmark.minimumGroupSize());
        cells.print(sheet, FIRST_TABLE_ROW - 1, benchmark.regionName());
        Group group = benchmark.distribution();
        if (!group.available()) {
            cells.text(sheet.createRow(3), 0, group.withheld().in(cells.lang()));
            return;
        }
        cells.header(sheet.createRow(FIRST_TABLE_ROW - 1), cells.t("Onderwerp", "Topic"), cells.t("Aantal", "Count"),
                "P25", cells.t("Mediaan", "Median"), "P75", cells.t("Gemiddelde", "Mean"), "Min", "Max",
                cells.level(0), cells.level(1), cells.level(2), cells.level(3), cells.level(4),
                cells.t("Toelichting", "Note"));
        List<GroupScore> scores = new ArrayList<>();
        scores.add(group.overall());
        scores.addAll(group.topics());
        int rowIndex = FIRST_TABLE_ROW;
        for (GroupScore score : scores) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, BenchmarkQueries.OVERALL.equals(score.topic()) ? score.title().in(cells.lang())
                    : score.topic() + " " + score.title().in(cells.lang()));
            cells.integer(row, 1, score.organisations());
            Distribution d = score.distribution();
            if (d == null) {
                cells.text(row, 13, score.withheld().in(cells.lang()));
                continue;
            }
            double[] values = {d.p25(), d.median(), d.p75(), d.mean(), d.min(), d.max()};
            for (int i = 0; i < values.length; i++) {
                cells.number(row, 2 + i, values[i]);
            }
            for (int level = 0; level < 5; level++) {
                cells.integer(row, 8 + level, d.levels().get(level));
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int column = 1; column <= 12; column++) {
            sheet.setColumnWidth(column, (column >= 8 ? 13 : 10) * 256);
        }
        sheet.setColumnWidth(13, 50 * 256);
        chart(sheet, FIRST_TABLE_ROW + 1, rowIndex - 1, cells);
    }

    /** Bars of P25, median and P75 for the topic rows (the overall row is left out), colours set explicitly. */
    private static void chart(XSSFSheet sheet, int firstRow, int lastRow, Sheets cells) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, lastRow + 2, 12, lastRow + 26));
        chart.setTitleText(cells.t("Spreiding per onderwerp (P25, mediaan, P75)", "Spread per topic (P25, median, P75)"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis topics = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis percentage = chart.createValueAxis(AxisPosition.LEFT);
        percentage.setMinimum(0);
        percentage.setMaximum(100);
        percentage.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, topics, percentage);
        data.setBarDirection(BarDirection.COL);
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        for (int i = 0; i < 3; i++) {
            int column = 2 + i;
            var series = data.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column)));
            series.setTitle(null, new CellReference(sheet.getSheetName(), FIRST_TABLE_ROW - 1, column, true, true));
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i]));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill);
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i])));
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }
}
