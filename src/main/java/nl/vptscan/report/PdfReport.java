package nl.vptscan.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Renders a report as a tagged PDF (PDF/UA as far as openhtmltopdf supports it) from the HTML of the same content
 * model, with its font embedded so that it looks the same on every machine.
 */
final class PdfReport {

    static final String FAMILY = DocxReport.FONT;

    static {
        // the renderer's progress notes (timings, fonts loaded) would fill the log on every report
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSans-Bold.ttf");

    /**
     * Reads the report's XHTML straight into a DOM; the renderer's own reader looks up an XML parser and a
     * transformer and copies the document for every report.
     */
    private static final DocumentBuilderFactory XHTML = xhtmlReader();

    private PdfReport() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
             TrueTypeFont regular = parsed(REGULAR);
             TrueTypeFont bold = parsed(BOLD)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useFont(embedded(document, regular), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(embedded(document, bold), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(dom(ReportHtml.of(report)), null);
            builder.toStream(out);
            builder.run();
        }
    }

    /**
     * A shipped font read for one document, without glyph substitution: for Latin text PDFBox would apply only the
     * font's {@code ccmp} feature, which in Liberation Sans joins IPA tone letters alone, yet it compiled a pattern
     * for every string drawn, a fifth of the time of a report.
     */
    private static TrueTypeFont parsed(byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        return parsed;
    }

    /** The font embedded as a subset of the glyphs the document uses (the file must be open until it is saved). */
    private static PDFontSupplier embedded(PDDocument document, TrueTypeFont font) throws IOException {
        return new PDFontSupplier(PDType0Font.load(document, font, true));
    }

    private static DocumentBuilderFactory xhtmlReader() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    private static Document dom(String xhtml) throws IOException {
        try {
            return XHTML.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the report is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** A font shipped in the jar (SIL Open Font License, see {@code report/fonts/LICENSE.txt}). */
    private static byte[] font(String name) {
        try (InputStream in = PdfReport.class.getResourceAsStream("/report/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
