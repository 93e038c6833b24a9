package nl.vptscan.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders a report as a tagged PDF (PDF/UA as far as openhtmltopdf supports it) from the HTML of the same content
 * model, with its font embedded so that it looks the same on every machine.
 */
final class PdfReport {

    static final String FAMILY = DocxReport.FONT;

    private PdfReport() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> font("LiberationSans-Regular.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("LiberationSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(ReportHtml.of(report), null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String name) {
        InputStream in = PdfReport.class.getResourceAsStream("/report/fonts/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font " + name + " is missing from the class path"));
        }
        return in;
    }
}
