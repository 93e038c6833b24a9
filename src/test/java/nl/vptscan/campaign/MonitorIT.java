package nl.vptscan.campaign;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestDatabase;
import nl.vptscan.benchmark.ResultRows;
import nl.vptscan.improvementplan.Pdfs;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.LevelScale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitor over MariaDB: a region of seven members with a 0-meting (six respond, every topic at 20, 40, 40,
 * 60, 60, 80 %) and a 1-meting (the same six at 20 points more, and a newcomer), and a region of four members whose
 * round stays below the privacy threshold of five; the region benchmark workbook's monitor sheet and chart read back
 * with POI and printed by LibreOffice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorIT {

    private static final String VPT8 = "vpt-8-maatregelen";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    TestDatabase database;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private BlockingHttpClient http;
    private long seven;
    private long four;

    @BeforeAll
    void runTwoRounds() throws Exception {
        http = client.toBlocking();
        seven = region("Monitorregio " + suffix);
        four = region("Kleine monitorregio " + suffix);
        double[] baseline = {20, 40, 40, 60, 60, 80};
        try (ResultRows rows = new ResultRows(database)) {
            long[] members = new long[6];
            for (int i = 0; i < 6; i++) {
                members[i] = member("Monitorlid " + i + " " + suffix, seven);
            }
            long newcomer = member("Nieuwkomer " + suffix, seven);
            round(seven, 0, TODAY.minusDays(60));
            for (int i = 0; i < 6; i++) {
                rows.submitted(members[i], VPT8, "SELF", TODAY.minusDays(40), baseline[i], topics(baseline[i]));
            }
            round(seven, 1, TODAY.minusDays(10));
            for (int i = 0; i < 6; i++) {
                rows.submitted(members[i], VPT8, "SELF", TODAY.minusDays(5), baseline[i] + 20, topics(baseline[i] + 20));
            }
            rows.submitted(newcomer, VPT8, "SELF", TODAY.minusDays(5), 0, topics(0));
            for (int i = 0; i < 4; i++) {
                member("Klein lid " + i + " " + suffix, four);
            }
            round(four, 0, TODAY.minusDays(60));
            // read back the small region's members through its round
            List<Map<String, Object>> smallRounds = list(get("/api/regions/" + four + "/campaigns"));
            for (Map<String, Object> m : list(smallRounds.get(0).get("members"))) {
                long id = ((Number) m.get("organisationId")).longValue();
                rows.submitted(id, VPT8, "SELF", TODAY.minusDays(40), 50, topics(50));
            }
        }
    }

    @Test
    void eachRoundCountsMembersPerLevelPerTopic() {
        Map<String, Object> monitor = monitor(seven);
        List<Map<String, Object>> rounds = list(monitor.get("rounds"));
        assertEquals(2, rounds.size());
        assertEquals(6, rounds.get(0).get("respondents"));
        assertEquals(List.of(1, 2, 2, 1, 0), topic(rounds.get(0), "m3").get("levels"));
        assertEquals(7, rounds.get(1).get("respondents"));
        assertEquals(List.of(1, 1, 2, 2, 1), topic(rounds.get(1), "m3").get("levels"));
    }

    @Test
    void changeIsOverTheMembersInBothRounds() {
        Map<String, Object> change = list(monitor(seven).get("changes")).get(0);
        assertEquals(0, change.get("fromRound"));
        assertEquals(1, change.get("toRound"));
        assertEquals(6, change.get("members"));
        Map<String, Object> m5 = topic(change, "m5");
        assertEquals(50.0, ((Number) m5.get("before")).doubleValue());
        assertEquals(70.0, ((Number) m5.get("after")).doubleValue());
        assertEquals(20.0, ((Number) m5.get("change")).doubleValue());
        assertEquals(6, m5.get("up"));
        assertEquals(0, m5.get("down"));
    }

    @Test
    void roundBelowThePrivacyThresholdShowsItsCountOnly() {
        Map<String, Object> round = list(monitor(four).get("rounds")).get(0);
        assertEquals(4, round.get("respondents"));
        assertEquals(true, round.get("withheld"));
        assertTrue(list(round.get("topics")).isEmpty());
    }

    @Test
    void workbookMonitorSheetHoldsTheApisFiguresAndAChartOfThem() throws Exception {
        Map<String, Object> monitor = monitor(seven);
        try (XSSFWorkbook workbook = workbook(seven, "nl")) {
            XSSFSheet sheet = workbook.getSheet("Monitor");
            assertEquals(workbook.getNumberOfSheets() - 1, workbook.getSheetIndex(sheet));
            List<String> labels = new ArrayList<>();
            for (Map<String, Object> round : list(monitor.get("rounds"))) {
                for (Topic topic : vpt8().topics()) {
                    String label = name(topic) + " — " + RoundName.of(((Number) round.get("round")).intValue(), "nl");
                    labels.add(label);
                    Row row = row(sheet, label);
                    List<Integer> levels = intList(topic(round, topic.id()).get("levels"));
                    for (int level = 0; level <= 4; level++) {
                        assertEquals(levels.get(level), (int) row.getCell(2 + level).getNumericCellValue(), label);
                    }
                    assertEquals(levels.stream().mapToInt(Integer::intValue).sum(),
                            (int) row.getCell(1).getNumericCellValue(), label);
                }
            }
            Map<String, Object> change = list(monitor.get("changes")).get(0);
            for (Topic topic : vpt8().topics()) {
                Map<String, Object> expected = topic(change, topic.id());
                Row row = row(sheet, name(topic));
                assertEquals(((Number) expected.get("before")).doubleValue(), row.getCell(1).getNumericCellValue());
                assertEquals(((Number) expected.get("after")).doubleValue(), row.getCell(2).getNumericCellValue());
                assertEquals(((Number) expected.get("change")).doubleValue(), row.getCell(3).getNumericCellValue());
                assertEquals(expected.get("up"), (int) row.getCell(4).getNumericCellValue());
                assertEquals(expected.get("same"), (int) row.getCell(5).getNumericCellValue());
                assertEquals(expected.get("down"), (int) row.getCell(6).getNumericCellValue());
            }
            assertTrue(text(sheet).contains("6 organisaties hebben aan beide metingen meegedaan"));

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            XDDFBarChartData bars = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertEquals(BarGrouping.STACKED, bars.getBarGrouping());
            try (var overlap = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getOverlap().newCursor()) {
                assertEquals("100", overlap.getAttributeText(new javax.xml.namespace.QName("val")));
            }
            assertEquals(5, bars.getSeriesCount());
            assertNotNull(charts.get(0).getCTChart().getLegend());
            List<String> categories = new ArrayList<>();
            XDDFDataSource<?> first = bars.getSeries(0).getCategoryData();
            for (int i = 0; i < first.getPointCount(); i++) {
                categories.add(String.valueOf(first.getPointAt(i)));
            }
            assertEquals(labels.stream().sorted().toList(), categories.stream().sorted().toList());
            for (int level = 0; level <= 4; level++) {
                XDDFChartData.Series series = bars.getSeries(level);
                assertEquals(LevelScale.label(level, "nl"), charts.get(0).getCTChart().getPlotArea().getBarChartArray(0)
                        .getSerArray(level).getTx().getStrRef().getStrCache().getPtArray(0).getV());
                XDDFNumericalDataSource<? extends Number> values = series.getValuesData();
                for (int i = 0; i < categories.size(); i++) {
                    Row row = row(sheet, categories.get(i));
                    assertEquals(row.getCell(2 + level).getNumericCellValue(), values.getPointAt(i).doubleValue(),
                            categories.get(i));
                }
            }
        }
    }

    @Test
    void workbookMonitorSheetSpeaksEnglishWithTheLevelWords() throws Exception {
        try (XSSFWorkbook workbook = workbook(seven, "en")) {
            XSSFSheet sheet = workbook.getSheet("Monitor");
            String text = text(sheet);
            assertTrue(text.contains("Monitor of the region"), text);
            assertTrue(text.contains("Change from baseline (round 0) to round 1"), text);
            assertTrue(text.contains("4 embedded"), text);
            assertNotNull(row(sheet, name(vpt8().topics().get(0), "en") + " — round 1"));
        }
    }

    @Test
    void workbookMonitorSheetWithholdsASmallRoundAndDrawsNoChartForIt() throws Exception {
        try (XSSFWorkbook workbook = workbook(four, "nl")) {
            XSSFSheet sheet = workbook.getSheet("Monitor");
            String text = text(sheet);
            assertTrue(text.contains("4 organisaties hebben voor deze meting ingediend"), text);
            assertTrue(text.contains("Te weinig organisaties: cijfers worden alleen getoond over ten minste 5 organisaties."), text);
            assertTrue(sheet.getDrawingPatriarch() == null || sheet.getDrawingPatriarch().getCharts().isEmpty());
            for (Topic topic : vpt8().topics()) {
                assertFalse(text.contains(name(topic) + " — 0-meting"), topic.id());
            }
        }
    }

    @Test
    void libreOfficePrintsTheChartOnTheMonitorSheetsFirstPage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("monitor.xlsx");
        try (XSSFWorkbook workbook = workbook(seven, "nl")) {
            while (workbook.getNumberOfSheets() > 1) {
                workbook.removeSheetAt(0);
            }
            assertEquals("Monitor", workbook.getSheetName(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        Path pdf = Pdfs.convert(file, dir);
        String first = Pdfs.text(pdf, 1);
        assertTrue(first.contains("Organisaties per niveau, per onderwerp en meting"), first);
        assertTrue(first.contains("0 afwezig") && first.contains("4 geborgd"), first);
        for (Topic topic : vpt8().topics()) {
            // every bar's label, down to the last topic's, whose table rows only come on the next page
            assertTrue(first.contains(name(topic) + " — 1-meting"), topic.id() + "\n" + first);
        }
    }

    private XSSFWorkbook workbook(long region, String lang) throws Exception {
        byte[] bytes = http.retrieve(HttpRequest.GET("/api/regions/" + region + "/benchmark.xlsx?questionnaire="
                + VPT8 + "&lang=" + lang), byte[].class);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private Questionnaire vpt8() {
        return catalog.find(VPT8).orElseThrow();
    }

    private static String name(Topic topic) {
        return name(topic, "nl");
    }

    private static String name(Topic topic, String lang) {
        return topic.id() + " " + topic.title().in(lang);
    }

    /** The row whose first cell says exactly this, the first of them from the top. */
    private static Row row(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()).append('\n');
            }
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> intList(Object o) {
        return (List<Integer>) o;
    }

    private Map<String, Object> monitor(long region) {
        return get("/api/regions/" + region + "/monitor?questionnaire=" + VPT8);
    }

    private long region(String name) {
        return id(http.retrieve(HttpRequest.POST("/api/regions", Map.of("name", name)), Map.class));
    }

    private long member(String name, long region) {
        long id = id(http.retrieve(HttpRequest.POST("/api/organisations",
                Map.of("name", name, "sector", "gemeente", "employees", 80)), Map.class));
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + id, Map.of("since", "2024-01-01")), Map.class);
        return id;
    }

    /** A round asking every member, opened on the given day (moved back in the table: the API opens rounds today). */
    private void round(long region, int round, LocalDate opensOn) throws Exception {
        long campaign = id(http.retrieve(HttpRequest.POST("/api/regions/" + region + "/campaigns",
                Map.of("questionnaire", VPT8, "round", round, "dueOn", TODAY.plusDays(30).toString())), Map.class));
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("UPDATE campaign SET opens_on = ? WHERE id = ?")) {
            statement.setObject(1, opensOn);
            statement.setLong(2, campaign);
            statement.executeUpdate();
        }
    }

    private static Map<String, Double> topics(double percentage) {
        Map<String, Double> topics = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            topics.put("m" + i, percentage);
        }
        return topics;
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String uri) {
        return (T) http.retrieve(HttpRequest.GET(uri), Object.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<String, Object> topic(Map<String, Object> holder, String topic) {
        return list(holder.get("topics")).stream().filter(t -> topic.equals(t.get("topic"))).findFirst().orElseThrow();
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }
}
