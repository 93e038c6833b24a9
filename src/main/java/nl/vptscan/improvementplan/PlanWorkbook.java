package nl.vptscan.improvementplan;

import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.improvementplan.PlanColumns.AnswerRow;
import nl.vptscan.improvementplan.PlanColumns.FindingRow;
import nl.vptscan.improvementplan.PlanColumns.PlanRow;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.TopicResult;
import nl.vptscan.workbook.SafeCells;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the plan van aanpak as an Excel workbook: Samenvatting (scores and chart), Plan van aanpak (the
 * actions, editable where the organisation owns them), Bevindingen (every finding and its answers) and
 * Antwoorden (every question with its answer).
 */
final class PlanWorkbook {

    static final String ASSESSMENT_PROPERTY = "vptscan.assessmentId";
    static final String FORMAT_PROPERTY = "vptscan.planFormat";
    static final String FORMAT_VERSION = "3";
    /** The very hidden, protected sheet that names the assessment, for tools that drop custom properties. */
    static final String RECOGNITION_SHEET = "vpt-scan";
    /** Points per line of wrapped text in the default font, for row heights LibreOffice and Excel both honour. */
    private static final float LINE_POINTS = 15f;
    /** The summary's last printed column: the chart ends there. */
    private static final int CHART_LAST_COLUMN = 12;
    private static final java.time.format.DateTimeFormatter DATE_TEXT = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");
    static final String PROTECTION = "vpt-scan";
    private static final String[] LEVEL_COLOURS = {"E06666", "E06666", "F6B26B", "93C47D", "6AA84F"};

    private final PlanDocument doc;
    private final String lang;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Styles styles;

    private PlanWorkbook(PlanDocument doc) {
        this.doc = doc;
        this.lang = doc.lang();
        this.styles = new Styles(workbook);
    }

    static void write(PlanDocument doc, OutputStream out) throws IOException {
        PlanWorkbook writer = new PlanWorkbook(doc);
        try (XSSFWorkbook workbook = writer.workbook) {
            writer.summary();
            writer.plan();
            writer.findings();
            writer.answers();
            writer.recognition();
            var custom = workbook.getProperties().getCustomProperties();
            custom.addProperty(ASSESSMENT_PROPERTY, String.valueOf(doc.assessment().id()));
            custom.addProperty(FORMAT_PROPERTY, FORMAT_VERSION);
            workbook.getProperties().getCoreProperties().setTitle(writer.t("Plan van aanpak", "Action plan") + " — "
                    + doc.organisation().name());
            workbook.write(out);
        }
    }

    static String sheetName(String key, String lang) {
        boolean en = "en".equals(lang);
        return switch (key) {
            case "summary" -> en ? "Summary" : "Samenvatting";
            case "plan" -> en ? "Action plan" : "Plan van aanpak";
            case "findings" -> en ? "Findings" : "Bevindingen";
            case "answers" -> en ? "Answers" : "Antwoorden";
            default -> throw new IllegalArgumentException(key);
        };
    }

    private String t(String nl, String en) {
        return "en".equals(lang) ? en : nl;
    }

    private void summary() {
        XSSFSheet sheet = workbook.createSheet(sheetName("summary", lang));
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 34 * 256);
        Row title = sheet.createRow(0);
        text(title, 0, t("Plan van aanpak agressie en geweld", "Action plan aggression and violence"), styles.title);
        String[][] facts = {
                {t("Organisatie", "Organisation"), doc.organisation().name()},
                {t("Vragenlijst", "Questionnaire"), doc.questionnaire().title().in(lang) + " ("
                        + t("versie ", "version ") + doc.result().result().questionnaireVersion() + ")"},
                {t("Soort", "Kind"), doc.assessment().byInspector() ? t("Inspectie", "Audit") : t("Zelfinspectie", "Self-assessment")},
                {t("Datum", "Date"), null},
                {t("Regelset", "Ruleset"), t("de regels van vpt-scan zoals gebruikt op ", "the vpt-scan rules as used on ")
                        + doc.result().scoredAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate()
                        .format(DATE_TEXT) + " (" + t("kenmerk ", "reference ")
                        + abbreviate(doc.result().result().rulesetVersion()) + ")"},
        };
        int r = 2;
        for (String[] fact : facts) {
            Row row = sheet.createRow(r++);
            text(row, 0, fact[0], styles.label);
            if (fact[1] == null) {
                Cell date = row.createCell(1);
                date.setCellValue(doc.result().referenceDate());
                date.setCellStyle(styles.date.normal());
            } else {
                text(row, 1, fact[1], styles.plain);
            }
        }
        r = adoption(sheet, r);
        Row overall = sheet.createRow(r++);
        text(overall, 0, t("Totaalscore (%)", "Overall score (%)"), styles.label);
        overall.createCell(1).setCellValue(doc.result().result().overall());
        overall.getCell(1).setCellStyle(styles.percentage.normal());
        int overallLevel = doc.result().result().overallLevel();
        Row level = sheet.createRow(r++);
        text(level, 0, t("Totaalniveau", "Overall level"), styles.label);
        text(level, 1, LevelScale.label(overallLevel, lang), styles.levels[overallLevel]);
        Row unmet = sheet.createRow(r++);
        text(unmet, 0, t("Niet nagekomen wettelijke plichten", "Unmet legal duties"), styles.label);
        unmet.createCell(1).setCellValue(doc.result().result().unmetDuties());

        r++;
        int headerRow = r;
        Row header = sheet.createRow(r++);
        text(header, 0, t("Onderwerp", "Topic"), styles.header);
        text(header, 1, t("Score (%)", "Score (%)"), styles.header);
        text(header, 2, t("Niveau", "Level"), styles.header);
        text(header, 3, t("Begrensd", "Capped"), styles.header);
        for (TopicResult score : doc.result().result().topics()) {
            Row row = sheet.createRow(r++);
            text(row, 0, doc.topicTitle(score.topic()), styles.plain);
            Cell pct = row.createCell(1);
            pct.setCellValue(score.percentage());
            pct.setCellStyle(styles.levels[score.level()].normal());
            text(row, 2, LevelScale.label(score.level(), lang), styles.levels[score.level()]);
            if (score.cappedBy() != null) {
                text(row, 3, t("begrensd door bevinding ", "capped by finding ") + score.cappedBy(), styles.plain);
            }
        }
        int chartEnd = chart(sheet, headerRow + 1, r - 1);
        r = overview(sheet, r + 1);
        print(sheet, false, CHART_LAST_COLUMN, Math.max(r, chartEnd), true);
    }

    /** Who adopted the plan and when, and whether and when the works council was consulted; dates as date cells. */
    private int adoption(XSSFSheet sheet, int r) {
        PlanAdoption adoption = doc.adoption();
        Row by = sheet.createRow(r++);
        text(by, 0, t("Vastgesteld door", "Adopted by"), styles.label);
        text(by, 1, adoption == null ? t("nog niet vastgesteld", "not adopted yet") : adoption.adoptedBy(), styles.plain);
        if (adoption == null) {
            return r;
        }
        Row on = sheet.createRow(r++);
        text(on, 0, t("Vastgesteld op", "Adopted on"), styles.label);
        dateCell(on, 1, adoption.adoptedOn());
        Row council = sheet.createRow(r++);
        text(council, 0, t("Ondernemingsraad geraadpleegd", "Works council consulted"), styles.label);
        text(council, 1, adoption.worksCouncilConsulted() ? t("ja, op", "yes, on") : t("nee", "no"), styles.plain);
        if (adoption.worksCouncilOn() != null) {
            dateCell(council, 2, adoption.worksCouncilOn());
        }
        return r;
    }

    private void dateCell(Row row, int column, LocalDate date) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(styles.date.normal());
    }

    /** Findings by severity, actions by status and overdue, and the next five deadlines, below the topic table. */
    private int overview(XSSFSheet sheet, int r) {
        Row heading = sheet.createRow(r++);
        text(heading, 0, t("Bevindingen naar ernst", "Findings by severity"), styles.header);
        text(heading, 1, t("Aantal", "Number"), styles.header);
        for (String severity : List.of("VIOLATION", "WARNING", "ADVICE")) {
            Row row = sheet.createRow(r++);
            text(row, 0, Severities.label(severity, lang), styles.plain);
            row.createCell(1).setCellValue(doc.result().result().findings().stream()
                    .filter(f -> f.severity().name().equals(severity)).count());
        }
        r++;
        heading = sheet.createRow(r++);
        text(heading, 0, t("Maatregelen naar status", "Actions by status"), styles.header);
        text(heading, 1, t("Aantal", "Number"), styles.header);
        for (ActionStatus status : ActionStatus.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, status.label(lang), styles.plain);
            row.createCell(1).setCellValue(doc.actions().stream().filter(a -> a.status() == status).count());
        }
        Row overdue = sheet.createRow(r++);
        text(overdue, 0, t("over de datum", "overdue"), styles.plain);
        overdue.createCell(1).setCellValue(doc.actions().stream().filter(a -> a.overdue(doc.today())).count());
        r++;
        heading = sheet.createRow(r++);
        text(heading, 0, t("Eerstvolgende uiterste data", "Next deadlines"), styles.header);
        text(heading, 1, t("Uiterste datum", "Due date"), styles.header);
        text(heading, 2, t("Nr", "No"), styles.header);
        List<ImprovementAction> next = doc.actions().stream().filter(a -> a.status() != ActionStatus.DONE)
                .sorted(java.util.Comparator.comparing(ImprovementAction::dueDate)
                        .thenComparingInt(ImprovementAction::number)).limit(5).toList();
        for (ImprovementAction action : next) {
            Row row = sheet.createRow(r++);
            text(row, 0, action.measure(lang), styles.wrapped);
            Cell due = row.createCell(1);
            due.setCellValue(action.dueDate());
            due.setCellStyle(styles.date.normal());
            row.createCell(2).setCellValue(action.number());
            row.setHeightInPoints(lines(action.measure(lang), 40) * LINE_POINTS);
        }
        if (next.isEmpty()) {
            text(sheet.createRow(r++), 0, t("geen open maatregelen", "no open actions"), styles.plain);
        }
        return r;
    }

    private static String abbreviate(String hash) {
        return hash.length() > 8 ? hash.substring(0, 8) : hash;
    }

    /** Draws the bar chart of the topic scores beside the table; returns the row where it ends. */
    private int chart(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int end = 1 + Math.max(18, lastRow - firstRow + 6);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 1, CHART_LAST_COLUMN + 1, end);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t("Score per onderwerp (%)", "Score per topic (%)"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis topics = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
        scores.setMinimum(0);
        scores.setMaximum(100);
        scores.setCrosses(AxisCrosses.AUTO_ZERO);
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, topics, scores);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(t("Score (%)", "Score (%)"), null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFColor blue = XDDFColor.from(new byte[]{0x15, 0x4A, (byte) 0x8A});
        shape.setFillProperties(new XDDFSolidFillProperties(blue));
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(blue));
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
        chart.plot(data);
        return end;
    }

    private void plan() {
        XSSFSheet sheet = workbook.createSheet(sheetName("plan", lang));
        List<PlanRow> rows = new ArrayList<>();
        for (ImprovementAction action : doc.actions()) {
            rows.add(new PlanRow(action, lang, doc.topicTitle(action.topic())));
        }
        table(sheet, PlanColumns.PLAN, rows, true);
        int last = Math.max(1, rows.size());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validation(sheet, helper, helper.createExplicitListConstraint(ActionStatus.labels(lang)),
                PlanColumns.PLAN.indexOf(PlanColumns.STATUS), last);
        validation(sheet, helper, helper.createExplicitListConstraint(new String[]{"1", "2", "3"}),
                PlanColumns.PLAN.indexOf(PlanColumns.PRIORITY), last);
        validation(sheet, helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                PlanColumns.PLAN.indexOf(PlanColumns.COST), last);
        validation(sheet, helper, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
                "DATE(2100,12,31)", null), PlanColumns.PLAN.indexOf(PlanColumns.DUE_DATE), last);
        overdue(sheet, rows.size());
        int idColumn = PlanColumns.PLAN.indexOf(PlanColumns.ACTION_ID);
        sheet.setColumnHidden(idColumn, true);
        sheet.setColumnHidden(PlanColumns.PLAN.indexOf(PlanColumns.VERSION), true);
        print(sheet, true, idColumn - 1, rows.size(), false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.protectSheet(PROTECTION);
    }

    private void validation(XSSFSheet sheet, DataValidationHelper helper,
                            org.apache.poi.ss.usermodel.DataValidationConstraint constraint, int column, int lastRow) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** Rows whose due date has passed while the status is not done turn red, also after edits in Excel. */
    private void overdue(XSSFSheet sheet, int rowCount) {
        if (rowCount == 0) {
            return;
        }
        String due = CellReference.convertNumToColString(PlanColumns.PLAN.indexOf(PlanColumns.DUE_DATE));
        String status = CellReference.convertNumToColString(PlanColumns.PLAN.indexOf(PlanColumns.STATUS));
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(String.format(
                "AND(ISNUMBER($%s2),$%s2<TODAY(),$%s2<>\"%s\")", due, due, status, ActionStatus.DONE.label(lang)));
        PatternFormatting fill = rule.createPatternFormatting();
        ((org.apache.poi.xssf.usermodel.XSSFPatternFormatting) fill).setFillBackgroundColor(
                new XSSFColor(new byte[]{(byte) 0xF4, (byte) 0xC7, (byte) 0xC3}, null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        formatting.addConditionalFormatting(new CellRangeAddress[]{
                new CellRangeAddress(1, rowCount, 0, PlanColumns.PLAN.indexOf(PlanColumns.ACTION_ID) - 1)}, rule);
    }

    private void findings() {
        XSSFSheet sheet = workbook.createSheet(sheetName("findings", lang));
        List<FindingRow> rows = doc.result().result().findings().stream()
                .map(f -> new FindingRow(f, lang, doc.topicTitle(f.topic()), f.evidence().stream()
                        .map(e -> AnswerText.evidence(doc.questionnaire(), e, lang)).collect(Collectors.joining("\n"))))
                .toList();
        table(sheet, PlanColumns.FINDINGS, rows, false);
        print(sheet, true, PlanColumns.FINDINGS.size() - 1, rows.size(), false);
    }

    private void answers() {
        XSSFSheet sheet = workbook.createSheet(sheetName("answers", lang));
        Map<String, StoredAnswer> answers = doc.answers().answers();
        List<AnswerRow> rows = new ArrayList<>();
        for (Topic topic : doc.questionnaire().topics()) {
            for (Question question : topic.questions()) {
                StoredAnswer answer = answers.get(question.id());
                rows.add(new AnswerRow(topic.title().in(lang), question.id(), question.text().in(lang),
                        answer == null ? "" : AnswerText.display(question, answer.value(), lang),
                        answer == null ? null : answer.comment(), answer == null ? null : answer.evidence(),
                        doc.attachments().getOrDefault(question.id(), List.of()).stream()
                                .map(a -> AttachmentText.describe(a, lang)).collect(Collectors.joining("\n"))));
            }
        }
        table(sheet, PlanColumns.ANSWERS, rows, false);
        print(sheet, true, PlanColumns.ANSWERS.size() - 1, rows.size(), false);
    }

    /** The protected, very hidden sheet that says whose plan this is, read when custom properties were dropped. */
    private void recognition() {
        XSSFSheet sheet = workbook.createSheet(RECOGNITION_SHEET);
        String[][] cells = {{"vpt-scan", "plan"}, {PlanRecognition.ASSESSMENT_LABEL, String.valueOf(doc.assessment().id())},
                {"format", FORMAT_VERSION}};
        for (int r = 0; r < cells.length; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(cells[r][0]);
            row.createCell(1).setCellValue(cells[r][1]);
        }
        sheet.protectSheet(PROTECTION);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * Prints a sheet on A4 landscape, one page wide (the summary on one page), the header row on every page, a
     * footer with organisation, date and page x of y; hidden columns after {@code lastColumn} are left out.
     */
    private void print(XSSFSheet sheet, boolean header, int lastColumn, int lastRow, boolean onePage) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) (onePage ? 1 : 0));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        if (header) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
        sheet.setHorizontallyCenter(false);
        Footer footer = sheet.getFooter();
        footer.setLeft(footerText(doc.organisation().name() + " — " + sheet.getSheetName()));
        footer.setCenter(footerText(doc.today().toString()));
        footer.setRight(t("pagina ", "page ") + "&P" + t(" van ", " of ") + "&N");
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, Math.max(1, lastRow));
    }

    /** Text for a footer, where an ampersand starts a code. */
    private static String footerText(String text) {
        return text.replace("&", "&&");
    }

    /** Writes a header and one row per item from a column list: widths, wrapping, frozen header, auto filter. */
    private <T> void table(XSSFSheet sheet, List<Column<T>> columns, List<T> items, boolean lockReadOnly) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c).header(lang), styles.header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        int r = 1;
        for (T item : items) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value = column.value().apply(item);
                cell(row, c, column, value, lockReadOnly && !column.editable());
                if (column.kind() == Column.Kind.WRAPPED_TEXT && value != null) {
                    lines = Math.max(lines, lines(value.toString(), column.width()));
                }
            }
            // spreadsheet programs do not grow a row for wrapped text they did not edit: give it the height
            row.setHeightInPoints(lines * LINE_POINTS);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, items.size()), 0, columns.size() - 1));
    }

    /** Lines that text takes in a column of this many characters, breaking at words as a spreadsheet does. */
    static int lines(String text, int width) {
        int chars = Math.max(1, width - 2);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int line = 0;
            int count = 1;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (line > 0 && line + 1 + length > chars) {
                    count++;
                    line = 0;
                }
                line += (line > 0 ? 1 : 0) + length;
                while (line > chars) {
                    count++;
                    line -= chars;
                }
            }
            lines += count;
        }
        return Math.max(1, lines);
    }

    private void cell(Row row, int c, Column<?> column, Object value, boolean locked) {
        Styles.Pair style = styles.forKind(column.kind(), locked);
        switch (column.kind()) {
            case INTEGER, ID -> {
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.longValue());
                }
                cell.setCellStyle(style.normal());
            }
            case AMOUNT -> {
                Cell cell = row.createCell(c);
                if (value instanceof BigDecimal amount) {
                    cell.setCellValue(amount.doubleValue());
                }
                cell.setCellStyle(style.normal());
            }
            case DATE -> {
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                }
                cell.setCellStyle(style.normal());
            }
            default -> SafeCells.text(row, c, value == null ? "" : value.toString(), style.normal(), style.quoted());
        }
    }

    private void text(Row row, int column, String value, Styles.Pair style) {
        SafeCells.text(row, column, value, style.normal(), style.quoted());
    }

    /** The cell styles of the workbook, each with a quote-prefixed twin for text that looks like a formula. */
    private static final class Styles {
        record Pair(CellStyle normal, CellStyle quoted) {
        }

        final XSSFWorkbook workbook;
        final Pair title;
        final Pair header;
        final Pair label;
        final Pair plain;
        final Pair percentage;
        final Pair date;
        final Pair wrapped;
        final Pair[] levels = new Pair[5];
        private final Map<String, Pair> byKind = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = pair(s -> s.setFont(big));
            header = pair(s -> {
                s.setFont(bold);
                s.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xD9, (byte) 0xE2, (byte) 0xF3}, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setBorderBottom(BorderStyle.THIN);
            });
            label = pair(s -> s.setFont(bold));
            plain = pair(s -> { });
            percentage = pair(s -> s.setDataFormat(workbook.createDataFormat().getFormat("0.0")));
            date = pair(s -> {
                s.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                s.setAlignment(HorizontalAlignment.LEFT);
            });
            wrapped = pair(s -> {
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            });
            for (int level = 0; level <= 4; level++) {
                byte[] rgb = java.util.HexFormat.of().parseHex(LEVEL_COLOURS[level]);
                levels[level] = pair(s -> {
                    s.setFillForegroundColor(new XSSFColor(rgb, null));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    s.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
                    s.setAlignment(HorizontalAlignment.CENTER);
                });
            }
        }

        Pair forKind(Column.Kind kind, boolean locked) {
            return byKind.computeIfAbsent(kind + "/" + locked, k -> pair(s -> {
                s.setLocked(locked);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                switch (kind) {
                    case WRAPPED_TEXT -> s.setWrapText(true);
                    case DATE -> s.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                    case AMOUNT -> s.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
                    case INTEGER, ID -> s.setAlignment(HorizontalAlignment.CENTER);
                    default -> { }
                }
            }));
        }

        private Pair pair(java.util.function.Consumer<XSSFCellStyle> setup) {
            XSSFCellStyle normal = workbook.createCellStyle();
            setup.accept(normal);
            XSSFCellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(normal);
            quoted.setQuotePrefixed(true);
            return new Pair(normal, quoted);
        }
    }
}
