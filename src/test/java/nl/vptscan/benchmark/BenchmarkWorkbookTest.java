package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Text;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkWorkbookTest {

    private final Questionnaire vpt8 = Fixtures.vpt8();

    private MemberScores member(long id, String name, double overall, Double previous) {
        List<Score> topics = vpt8.topics().stream().map(t -> new Score(t.id(), overall, 2, 50.0, null, null)).toList();
        return new MemberScores(id, name, true, LocalDate.of(2026, 3, 1), previous == null ? null : LocalDate.of(2025, 3, 1),
                new Score(BenchmarkQueries.OVERALL, overall, 2, 50.0, previous, Numbers.change(overall, previous)), topics, 0);
    }

    private RegionBenchmark benchmark(long groupSize) {
        List<MemberScores> members = new ArrayList<>();
        members.add(member(1, "=HYPERLINK(\"x\")", 55, null));
        members.add(member(2, "Gemeente Twee", 70, 60.0));
        members.add(member(3, "Gemeente Drie", 55, null));
        members.add(MemberScores.withoutResult(4, "Gemeente Vier"));
        Group group = Groups.of(new Text("Regio", "Regio"), Fixtures.everyScoreAt60(groupSize), vpt8, 5, null);
        return new RegionBenchmark(9, "Regio Test", vpt8.id(), 5, 4, 3, group, 1, 4, 1, "name", "asc", members);
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void hasOverviewRankingHeatMapAndTrendSheetsInDutch() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "nl"))) {
            assertEquals(List.of("Overzicht", "Rangorde", "Heatmap", "Trend"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                            workbook.getSheetName(3)));
        }
    }

    @Test
    void overviewCarriesTheQuartileChartWithExplicitColours() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "en"))) {
            XSSFSheet overview = workbook.getSheet("Overview");
            var charts = overview.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            var series = charts.get(0).getChartSeries().get(0);
            assertEquals(3, series.getSeriesCount());
            assertTrue(series.getSeries(0).getShapeProperties().getFillProperties() != null);
            assertEquals(8, series.getSeries(1).getCategoryData().getPointCount());
        }
    }

    @Test
    void heatMapHasAColourScaleOverTheScores() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "en"))) {
            var formatting = workbook.getSheet("Heat map").getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertEquals("B2:J5", formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString());
        }
    }

    @Test
    void memberNameThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "en"))) {
            Sheet heatMap = workbook.getSheet("Heat map");
            Cell name = heatMap.getRow(1).getCell(0);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("=HYPERLINK(\"x\")", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void rankingSharesRanksForEqualScoresAndListsMembersWithoutResultLast() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "en"))) {
            Sheet ranking = workbook.getSheet("Ranking");
            assertEquals("Gemeente Twee", ranking.getRow(1).getCell(1).getStringCellValue());
            assertEquals(1.0, ranking.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(2.0, ranking.getRow(2).getCell(0).getNumericCellValue());
            assertEquals(2.0, ranking.getRow(3).getCell(0).getNumericCellValue());
            assertEquals("Gemeente Vier", ranking.getRow(4).getCell(1).getStringCellValue());
            assertEquals("no result", ranking.getRow(4).getCell(3).getStringCellValue());
        }
    }

    @Test
    void trendShowsPreviousYearBesideLatest() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "en"))) {
            var row = workbook.getSheet("Trend").getRow(2);
            assertEquals("Gemeente Twee", row.getCell(0).getStringCellValue());
            assertEquals(60.0, row.getCell(2).getNumericCellValue());
            assertEquals(70.0, row.getCell(4).getNumericCellValue());
            assertEquals(10.0, row.getCell(5).getNumericCellValue());
        }
    }

    @Test
    void tooSmallRegionGetsTheReasonAndNoChartOrRank() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(4), vpt8, "nl"))) {
            XSSFSheet overview = workbook.getSheet("Overzicht");
            assertNull(overview.getDrawingPatriarch());
            assertEquals("Te weinig organisaties (4) om te vergelijken; minimaal 5",
                    overview.getRow(3).getCell(0).getStringCellValue());
            assertNull(workbook.getSheet("Rangorde").getRow(1).getCell(0));
        }
    }

    @Test
    void countsAndRanksAreWholeNumbersAndTheRankingShowsThePercentile() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "nl"))) {
            XSSFSheet overview = workbook.getSheet("Overzicht");
            assertEquals("0", overview.getRow(1).getCell(1).getCellStyle().getDataFormatString(), "members");
            assertEquals("0", overview.getRow(5).getCell(1).getCellStyle().getDataFormatString(), "count");
            assertEquals("0", overview.getRow(5).getCell(8).getCellStyle().getDataFormatString(), "level count");
            Sheet ranking = workbook.getSheet("Rangorde");
            assertEquals("Percentiel", ranking.getRow(0).getCell(4).getStringCellValue());
            assertEquals("0", ranking.getRow(1).getCell(0).getCellStyle().getDataFormatString(), "rank");
            assertEquals(50.0, ranking.getRow(1).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void overallRowIsLabelledWithoutItsKey() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "nl"))) {
            String label = workbook.getSheet("Overzicht").getRow(5).getCell(0).getStringCellValue();
            assertFalse(label.startsWith(BenchmarkQueries.OVERALL), label);
        }
    }

    @Test
    void heatMapExplainsItsColoursAndHeadersWrap() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "nl"))) {
            XSSFSheet heatMap = workbook.getSheet("Heatmap");
            Row legend = heatMap.getRow(heatMap.getLastRowNum() - 1);
            assertEquals("Kleurschaal van de scores (%)", legend.getCell(0).getStringCellValue());
            assertEquals("0 rood", legend.getCell(1).getStringCellValue());
            assertEquals("F8696B", ((org.apache.poi.xssf.usermodel.XSSFColor) legend.getCell(1).getCellStyle()
                    .getFillForegroundColorColor()).getARGBHex().substring(2));
            assertTrue(heatMap.getRow(0).getCell(2).getCellStyle().getWrapText(), "long topic titles wrap");
            assertTrue(heatMap.getColumnWidth(2) >= 14 * 256);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeated() throws IOException {
        try (XSSFWorkbook workbook = read(BenchmarkWorkbook.write(benchmark(6), vpt8, "en"))) {
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertNotNull(sheet.getRepeatingRows(), sheet.getSheetName());
                assertTrue(sheet.getFooter().getRight().contains("&P"), sheet.getSheetName());
            }
        }
    }

    @Test
    void fileNameIsInTheWorkbooksLanguage() {
        RegionBenchmark benchmark = benchmark(6);
        assertTrue(BenchmarkWorkbook.fileName(benchmark, "nl").startsWith("benchmark-regio-"));
        assertTrue(BenchmarkWorkbook.fileName(benchmark, "en").startsWith("benchmark-region-"));
    }
}
