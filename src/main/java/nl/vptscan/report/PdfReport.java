package nl.vptscan.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    /** Metrics of the shipped fonts, which never change: measured once per instance, not for every report. */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    private PdfReport() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(ReportHtml.of(report), null);
        builder.toStream(out);
        builder.run();
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
