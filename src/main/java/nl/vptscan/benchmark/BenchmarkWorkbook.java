package nl.vptscan.benchmark;

import nl.vptscan.campaign.CampaignSheet;
import nl.vptscan.campaign.CampaignView;
import nl.vptscan.campaign.MonitorView;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.workbook.StreamingWorkbook;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The region benchmark as a workbook for the coordinator: an overview with the spread per topic and its chart,
 * a ranking of members, a heat map of members by topic (colour scale red–orange–green), and the trend against
 * the previous year, then the members' status in the region's campaigns and the monitor over their rounds with
 * its chart. The member sheets are streamed (SXSSF), so ten thousand members fit in little memory.
 */
final class BenchmarkWorkbook {

    private static final int WINDOW = 200;
    /** The heat map's colours at 0, 50 and 100 %, also shown in its legend. */
    private static final String[] SCALE = {"F8696B", "FFC000", "63BE7B"};

    private BenchmarkWorkbook() {
    }

    /** The members of the workbook's region, handed over once each in the order of the heat map and trend sheets. */
    @FunctionalInterface
    interface Members {
        void each(Consumer<MemberScores> member);
    }

    static byte[] write(RegionBenchmark benchmark, Questionnaire questionnaire, String lang) {
        return write(benchmark, questionnaire, lang, List.of(), new MonitorView(benchmark.regionId(),
                benchmark.questionnaireId(), 0, List.of(), List.of()));
    }

    /** The workbook of a view that holds its members. */
    static byte[] write(RegionBenchmark benchmark, Questionnaire questionnaire, String lang,
                        List<CampaignView> campaigns, MonitorView monitor) {
        return write(benchmark, questionnaire, lang, campaigns, monitor, benchmark.scores()::forEach);
    }

    /**
     * The workbook with, as its last sheets, the members' status in the region's campaigns of the questionnaire
     * and the monitor over those campaigns' rounds. The members are read once: each goes straight into the heat
     * map and the trend, and only its name and overall score are kept for the ranking.
     */
    static byte[] write(RegionBenchmark benchmark, Questionnaire questionnaire, String lang,
                        List<CampaignView> campaigns, MonitorView monitor, Members members) {
        XSSFWorkbook template = new XSSFWorkbook();
        Sheets cells = new Sheets(template, lang);
        OverviewSheet.write(template.createSheet(cells.t("Overzicht", "Overview")), benchmark,
                questionnaire.title().in(lang), cells);
        MonitorSheet.write(template.createSheet("Monitor"), monitor, questionnaire, benchmark.regionName(), cells);
        try (SXSSFWorkbook workbook = new StreamingWorkbook(template, WINDOW)) {
            Sheet ranking = workbook.createSheet(cells.t("Rangorde", "Ranking"));
            Sheet heatMap = workbook.createSheet(cells.t("Heatmap", "Heat map"));
            Sheet trend = workbook.createSheet("Trend");
            List<Topic> topics = questionnaire.topics();
            heatMapHeader(heatMap, topics, cells);
            trendHeader(trend, topics, cells);
            List<Ranked> ranked = new ArrayList<>();
            int[] rowIndex = {1};
            members.each(member -> {
                heatMapRow(heatMap.createRow(rowIndex[0]), member, cells);
                trendRow(trend.createRow(rowIndex[0]), member, cells);
                ranked.add(new Ranked(member.name(), member.hasResult() ? member.overall() : null));
                rowIndex[0]++;
            });
            finishHeatMap(heatMap, topics, rowIndex[0], benchmark, cells);
            finishTrend(trend, topics, benchmark, cells);
            ranking(ranking, ranked, benchmark, cells);
            CampaignSheet.write(workbook, campaigns, lang);
            cells.print(workbook.getSheetAt(workbook.getNumberOfSheets() - 1), 0, benchmark.regionName());
            workbook.setSheetOrder("Monitor", workbook.getNumberOfSheets() - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the ranking keeps of a member: its name and overall score (none without a result). */
    private record Ranked(String name, Score overall) {
    }

    /**
     * Members by overall score, highest first; equal scores share a rank (1, 2, 2, 4). Without enough results to
     * compare, the rank column stays empty. Members without a result come last.
     */
    private static void ranking(Sheet sheet, List<Ranked> members, RegionBenchmark benchmark, Sheets cells) {
        cells.header(sheet.createRow(0), cells.t("Rang", "Rank"), cells.t("Organisatie", "Organisation"),
                cells.t("Totaal", "Overall"), cells.t("Niveau", "Level"), cells.t("Percentiel", "Percentile"));
        boolean ranked = benchmark.distribution().available();
        members.sort(Comparator.comparing((Ranked m) -> m.overall() != null ? -m.overall().score() : 1.0)
                .thenComparing(Ranked::name));
        int rowIndex = 1;
        int rank = 0;
        Double previous = null;
        for (Ranked member : members) {
            Row row = sheet.createRow(rowIndex);
            if (member.overall() != null) {
                Double score = member.overall().score();
                rank = score.equals(previous) ? rank : rowIndex;
                previous = score;
                if (ranked) {
                    cells.integer(row, 0, rank);
                    cells.number(row, 4, member.overall().percentile());
                }
                cells.number(row, 2, score);
                cells.text(row, 3, cells.level(member.overall().level()));
            } else {
                cells.text(row, 3, cells.t("geen resultaat", "no result"));
            }
            cells.text(row, 1, member.name());
            rowIndex++;
        }
        if (!ranked) {
            cells.text(sheet.createRow(rowIndex + 1), 1, benchmark.distribution().withheld().in(cells.lang()));
        }
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 12 * 256);
        cells.print(sheet, 0, benchmark.regionName());
    }

    /** Members by topic; the scores carry a three-colour scale: red at 0, orange at 50, green at 100. */
    private static void heatMapHeader(Sheet sheet, List<Topic> topics, Sheets cells) {
        Row header = sheet.createRow(0);
        cells.header(header, cells.t("Organisatie", "Organisation"), cells.t("Totaal", "Overall"));
        for (int i = 0; i < topics.size(); i++) {
            cells.header(header, 2 + i, topics.get(i).id() + " " + topics.get(i).title().in(cells.lang()));
        }
        header.setHeightInPoints(60);
    }

    private static void heatMapRow(Row row, MemberScores member, Sheets cells) {
        cells.text(row, 0, member.name());
        if (member.hasResult()) {
            cells.number(row, 1, member.overall().score());
            for (int i = 0; i < member.topics().size(); i++) {
                cells.number(row, 2 + i, member.topics().get(i).score());
            }
        }
    }

    private static void finishHeatMap(Sheet sheet, List<Topic> topics, int rowIndex,
                                      RegionBenchmark benchmark, Sheets cells) {
        sheet.setColumnWidth(0, 50 * 256);
        for (int i = 0; i <= topics.size(); i++) {
            sheet.setColumnWidth(1 + i, 16 * 256);
        }
        colourScale(sheet, new CellRangeAddress(1, Math.max(1, rowIndex - 1), 1, 1 + topics.size()));
        Row legend = sheet.createRow(rowIndex + 1);
        cells.text(legend, 0, cells.t("Kleurschaal van de scores (%)", "Colour scale of the scores (%)"));
        cells.filled(legend, 1, cells.t("0 rood", "0 red"), SCALE[0]);
        cells.filled(legend, 2, cells.t("50 oranje", "50 orange"), SCALE[1]);
        cells.filled(legend, 3, cells.t("100 groen", "100 green"), SCALE[2]);
        cells.text(sheet.createRow(rowIndex + 2), 0, cells.t("Tussenliggende scores krijgen een mengkleur.",
                "Scores in between get a blended colour."));
        cells.print(sheet, 0, benchmark.regionName());
    }

    private static void colourScale(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        String[] colours = {"FF" + SCALE[0], "FF" + SCALE[1], "FF" + SCALE[2]};
        double[] values = {0, 50, 100};
        ConditionalFormattingThreshold[] thresholds = scale.getThresholds();
        for (int i = 0; i < 3; i++) {
            thresholds[i].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
            thresholds[i].setValue(values[i]);
            ((ExtendedColor) scale.getColors()[i]).setARGBHex(colours[i]);
        }
        scale.setThresholds(thresholds);
        formatting.addConditionalFormatting(new CellRangeAddress[]{range}, rule);
    }

    /** Per member: the previous year's overall score beside the latest, and the change per topic. */
    private static void trendHeader(Sheet sheet, List<Topic> topics, Sheets cells) {
        Row header = sheet.createRow(0);
        cells.header(header, cells.t("Organisatie", "Organisation"), cells.t("Peildatum vorig jaar", "Previous year's date"),
                cells.t("Totaal vorig jaar", "Previous year's overall"), cells.t("Peildatum", "Reference date"),
                cells.t("Totaal", "Overall"), cells.t("Verandering", "Change"));
        for (int i = 0; i < topics.size(); i++) {
            cells.header(header, 6 + i, "Δ " + topics.get(i).id());
        }
        header.setHeightInPoints(45);
    }

    private static void trendRow(Row row, MemberScores member, Sheets cells) {
        cells.text(row, 0, member.name());
        if (!member.hasResult()) {
            return;
        }
        cells.date(row, 1, member.previousReferenceDate());
        cells.number(row, 2, member.overall().previous());
        cells.date(row, 3, member.referenceDate());
        cells.number(row, 4, member.overall().score());
        cells.number(row, 5, member.overall().change());
        for (int i = 0; i < member.topics().size(); i++) {
            cells.number(row, 6 + i, member.topics().get(i).change());
        }
    }

    private static void finishTrend(Sheet sheet, List<Topic> topics, RegionBenchmark benchmark, Sheets cells) {
        sheet.setColumnWidth(0, 50 * 256);
        for (int column = 1; column < 6 + topics.size(); column++) {
            sheet.setColumnWidth(column, 14 * 256);
        }
        cells.print(sheet, 0, benchmark.regionName());
    }

    /** The workbook's file name in the language asked for. */
    static String fileName(RegionBenchmark benchmark, String lang) {
        return ("en".equals(lang) ? "benchmark-region-" : "benchmark-regio-") + benchmark.regionId() + "-"
                + benchmark.questionnaireId() + ".xlsx";
    }
}
