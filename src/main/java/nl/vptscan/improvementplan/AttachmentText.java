package nl.vptscan.improvementplan;

import nl.vptscan.evidence.Attachment;
import nl.vptscan.evidence.FileKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/** An attached document as a line of the plan workbook: "protocol.pdf (PDF, 1,2 MB, 3-2-2026)". */
final class AttachmentText {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private AttachmentText() {
    }

    static String describe(Attachment attachment, String lang) {
        return attachment.fileName() + " (" + type(attachment.contentType()) + ", " + size(attachment.size(), lang) + ", "
                + attachment.uploadedAt().atZone(NL).toLocalDate().format(DATE) + ")";
    }

    /** The kind of file as people name it: PDF, DOCX, PNG. */
    static String type(String contentType) {
        return Arrays.stream(FileKind.values()).filter(k -> k.contentType().equals(contentType)).findFirst()
                .map(k -> k.extension().toUpperCase(Locale.ROOT)).orElse(contentType);
    }

    /** A size in kB below a megabyte, else in MB with one decimal, with the language's decimal sign. */
    static String size(long bytes, String lang) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " kB";
        }
        String mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
                .toPlainString();
        return ("en".equals(lang) ? mb : mb.replace('.', ',')) + " MB";
    }
}
