package nl.vptscan.report;

import nl.vptscan.report.Report.Bar;
import nl.vptscan.report.Report.Cell;
import nl.vptscan.report.Report.Chart;
import nl.vptscan.report.Report.Fact;
import nl.vptscan.report.Report.Facts;
import nl.vptscan.report.Report.Heading;
import nl.vptscan.report.Report.Items;
import nl.vptscan.report.Report.Paragraph;
import nl.vptscan.report.Report.Table;
import nl.vptscan.report.Report.Tone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both renderers lay out the same content model, text that looks like markup included, and add no words. */
class ReportRenderTest {

    private static Report report(int rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(Cell.of(String.valueOf(i)), Cell.of("Maatregel <" + i + "> & \"meer\"\nregel twee"),
                    new Cell("2 gedeeltelijk", Tone.ORANGE)));
        }
        return new Report("nl", "Rapport zelfinspectie", "rapport", "Gemeente 's-Hertogenbosch & Co", LocalDate.of(2026, 3, 1),
                "Gemeente 's-Hertogenbosch & Co, rapport van 1 maart 2026", "pagina {0} van {1}", List.of(
                new Facts(List.of(new Fact("Organisatie", "Gemeente 's-Hertogenbosch & Co"))),
                new Heading(1, "Samenvatting"),
                new Paragraph("Gedeeltelijk: een deel van het beleid staat.", false),
                new Chart("Score per onderwerp", "Staafdiagram", List.of(new Bar("Beleid", 72.4, "72%", Tone.GREEN),
                        new Bar("Registratie", 10, "10%", Tone.RED))),
                new Heading(2, "overtreding: geen protocol"),
                new Items(List.of("Arbowet art. 3 lid 2 — beleid voeren")),
                new Table(List.of("Nr", "Maatregel", "Niveau"), List.of(10, 60, 30), cells),
                new Paragraph("Noot\u0007 met een stuurteken", true)));
    }

    @Test
    void theWordDocumentHoldsEveryTextOfTheContentModel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReport.write(report(3), out);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("Maatregel <2> & \"meer\""), text);
            assertTrue(text.contains("Arbowet art. 3 lid 2 — beleid voeren"));
            assertEquals("Heading1", document.getParagraphs().stream().filter(p -> p.getText().equals("Samenvatting"))
                    .findFirst().orElseThrow().getStyle());
            assertEquals(1, document.getCharts().size());
            assertTrue(document.getTables().get(1).getRow(0).isRepeatHeader(), "header row on every page");
        }
    }

    @Test
    void thePdfHoldsTheSameTextsOnAsManyPagesAsTheyNeed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(report(120), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Maatregel <120> & \"meer\""), text);
            assertTrue(text.contains("Gemeente 's-Hertogenbosch & Co"));
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1 && text.contains("pagina " + pages + " van " + pages), pages + " pages");
        }
    }

    @Test
    void everyPdfIsTaggedWithBothFontsEmbeddedAsTheSameSubsets() throws IOException {
        Set<String> first = null;
        for (int build = 0; build < 2; build++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfReport.write(report(40), out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked(),
                        "tagged");
                assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "structure tree");
                Set<String> fonts = new TreeSet<>();
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " embedded");
                        fonts.add(font.getName());
                    }
                }
                assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+LiberationSans")), fonts.toString());
                assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+LiberationSans-Bold")), fonts.toString());
                if (first == null) {
                    first = fonts;
                } else {
                    assertEquals(first, fonts, "a report leaves nothing behind for the next");
                }
            }
        }
    }

    @Test
    void fileNamesHoldOnlySafeCharacters() {
        assertEquals("gemeente-s-hertogenbosch-een-co", ReportService.slug("Gemeente 's-Hertogenbosch / Één & Co"));
        assertEquals("organisatie", ReportService.slug("***"));
        assertEquals("rapport-gemeente-s-hertogenbosch-co-2026-03-01.pdf",
                ReportService.fileName(report(1), ReportService.Format.PDF));
    }
}
