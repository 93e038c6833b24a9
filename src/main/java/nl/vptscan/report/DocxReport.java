package nl.vptscan.report;

import nl.vptscan.report.Report.Bar;
import nl.vptscan.report.Report.Block;
import nl.vptscan.report.Report.Cell;
import nl.vptscan.report.Report.Chart;
import nl.vptscan.report.Report.Facts;
import nl.vptscan.report.Report.Heading;
import nl.vptscan.report.Report.Items;
import nl.vptscan.report.Report.Paragraph;
import nl.vptscan.report.Report.Table;
import nl.vptscan.report.Report.Tone;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * Lays a report out as an editable Word document (A4): real heading styles (for the navigation pane and a table of
 * contents), tables whose header row repeats on every page, the score chart as an editable chart, and a footer with
 * organisation, date and page x of y. It adds no words of its own.
 */
final class DocxReport {

    /** A4 in twentieths of a point, with 2 cm margins: the text is 17 cm wide. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    static final String FONT = "Liberation Sans";
    private static final String HEADER_FILL = "D9E2F3";

    private final Report report;
    private final XWPFDocument document = new XWPFDocument();

    private DocxReport(Report report) {
        this.report = report;
    }

    static void write(Report report, OutputStream out) throws IOException {
        DocxReport writer = new DocxReport(report);
        try (XWPFDocument document = writer.document) {
            writer.setUp();
            writer.title();
            for (Block block : report.blocks()) {
                writer.block(block);
            }
            writer.footer();
            document.write(out);
        }
    }

    private void setUp() {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(report.title() + " — " + report.organisation());
        core.setCreator("vpt-scan");
        XWPFStyles styles = document.createStyles();
        var ctStyles = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        CTRPr run = ctStyles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(20));
        run.addNewLang().setVal("en".equals(report.lang()) ? "en-GB" : "nl-NL");
        styles.setStyles(ctStyles);
        heading(styles, "Title", "Title", 0, 36);
        heading(styles, "Heading1", "heading 1", 1, 28);
        heading(styles, "Heading2", "heading 2", 2, 23);
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        for (var side : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(MARGIN));
        }
        margins.setFooter(BigInteger.valueOf(567));
        margins.setHeader(BigInteger.valueOf(567));
    }

    /** A heading style with its outline level, so Word and LibreOffice see it as a heading. */
    private static void heading(XWPFStyles styles, String id, String name, int outline, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(outline == 2 ? 200 : 320));
        spacing.setAfter(BigInteger.valueOf(100));
        if (outline > 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline - 1));
        }
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal("154A8A");
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    }

    private void title() {
        XWPFParagraph title = document.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(report.title());
        XWPFParagraph organisation = document.createParagraph();
        XWPFRun run = organisation.createRun();
        run.setText(report.organisation());
        run.setFontSize(14);
    }

    private void block(Block block) {
        if (block instanceof Heading h) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(h.level() == 1 ? "Heading1" : "Heading2");
            paragraph.createRun().setText(h.text());
        } else if (block instanceof Paragraph p) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(120);
            XWPFRun run = paragraph.createRun();
            run.setText(p.text());
            if (p.note()) {
                run.setFontSize(9);
                run.setColor("555555");
            }
        } else if (block instanceof Facts f) {
            facts(f);
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Chart c) {
            chart(c);
        } else if (block instanceof Items i) {
            for (String item : i.items()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setIndentationLeft(360);
                paragraph.setIndentationHanging(240);
                paragraph.setSpacingAfter(60);
                paragraph.createRun().setText("•\t" + item);
            }
        }
    }

    private void facts(Facts facts) {
        XWPFTable table = document.createTable(facts.facts().size(), 2);
        widths(table, List.of(32, 68));
        for (int r = 0; r < facts.facts().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            text(row.getCell(0), facts.facts().get(r).label(), true);
            text(row.getCell(1), facts.facts().get(r).value(), false);
        }
        spacer();
    }

    private void table(Table t) {
        XWPFTable table = document.createTable(t.rows().size() + 1, t.headers().size());
        widths(table, t.widths());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < t.headers().size(); c++) {
            text(header.getCell(c), t.headers().get(c), true);
            header.getCell(c).setColor(HEADER_FILL);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                text(row.getCell(c), cells.get(c).text(), false);
                if (cells.get(c).tone() != Tone.NONE) {
                    row.getCell(c).setColor(fill(cells.get(c).tone()));
                }
            }
        }
        spacer();
    }

    /** Column widths as shares of the text width, fixed so that Word and LibreOffice keep them. */
    private static void widths(XWPFTable table, List<Integer> percentages) {
        table.setWidth("100%");
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percentage : percentages) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * percentage / 100));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < percentages.size(); c++) {
                var width = row.getCell(c).getCTTc().addNewTcPr().addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf((long) TEXT_WIDTH * percentages.get(c) / 100));
            }
        }
    }

    /** Text in a cell, one paragraph per line. */
    private static void text(XWPFTableCell cell, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraph = cell.addParagraph();
            }
            paragraph.setSpacingAfter(0);
            XWPFRun run = paragraph.createRun();
            run.setText(lines[i]);
            run.setBold(bold);
        }
    }

    static String fill(Tone tone) {
        return switch (tone) {
            case RED -> "F4C7C3";
            case ORANGE -> "FCE5CD";
            case GREEN -> "D9EAD3";
            case NONE -> "FFFFFF";
        };
    }

    /** The scores as an editable horizontal bar chart, 0–100 %, with the description as its alternative text. */
    private void chart(Chart c) {
        try {
            int height = Math.max(6, c.bars().size() + 3);
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun holder = paragraph.createRun();
            XWPFChart chart = document.createChart(holder, 17 * Units.EMU_PER_CENTIMETER, height * Units.EMU_PER_CENTIMETER);
            chart.setTitleText(c.title());
            chart.setTitleOverlay(false);
            XDDFCategoryAxis topics = chart.createCategoryAxis(AxisPosition.LEFT);
            topics.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
            XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
            scores.setMinimum(0);
            scores.setMaximum(100);
            scores.setCrosses(AxisCrosses.AUTO_ZERO);
            String[] labels = c.bars().stream().map(Bar::label).toArray(String[]::new);
            Double[] values = c.bars().stream().map(b -> (double) Math.round(b.percentage())).toArray(Double[]::new);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, topics, scores);
            data.setBarDirection(BarDirection.BAR);
            data.setVaryColors(false);
            XDDFChartData.Series series = data.addSeries(XDDFDataSourcesFactory.fromArray(labels),
                    XDDFDataSourcesFactory.fromArray(values));
            series.setTitle(c.title(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            XDDFColor blue = XDDFColor.from(new byte[]{0x15, 0x4A, (byte) 0x8A});
            shape.setFillProperties(new XDDFSolidFillProperties(blue));
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(new XDDFSolidFillProperties(blue));
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
            chart.plot(data);
            // the chart's alternative text, for screen readers and for Word's accessibility check
            for (var drawing : holder.getCTR().getDrawingList()) {
                for (var inline : drawing.getInlineList()) {
                    inline.getDocPr().setDescr(c.description());
                    inline.getDocPr().setTitle(c.title());
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            throw new IllegalStateException("could not draw the chart of the report", e);
        }
        XWPFParagraph alt = document.createParagraph();
        XWPFRun run = alt.createRun();
        run.setText(c.description());
        run.setFontSize(9);
        run.setColor("555555");
    }

    /** Organisation and date on the left, page x of y on the right. */
    private void footer() {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun text = paragraph.createRun();
        text.setFontSize(8);
        text.setText(report.footer() + "    ");
        String pattern = report.pageOf();
        int page = pattern.indexOf("{0}");
        int total = pattern.indexOf("{1}");
        run(paragraph, pattern.substring(0, page));
        field(paragraph, "PAGE");
        run(paragraph, pattern.substring(page + 3, total));
        field(paragraph, "NUMPAGES");
        run(paragraph, pattern.substring(total + 3));
    }

    private static void run(XWPFParagraph paragraph, String text) {
        if (!text.isEmpty()) {
            XWPFRun run = paragraph.createRun();
            run.setFontSize(8);
            run.setText(text);
        }
    }

    private static void field(XWPFParagraph paragraph, String code) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(code);
        var run = field.addNewR();
        run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
        run.addNewT().setStringValue("1");
    }

    private void spacer() {
        document.createParagraph().setSpacingAfter(0);
    }
}
