package nl.vptscan.registration;

import nl.vptscan.registration.RegistrationRefused.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells from its bytes what an uploaded export is, whatever its name says, and reads it into figures: an xlsx
 * workbook (through the upload guard) or a CSV text. A password-protected workbook, an old .xls, a program or any
 * other binary file is refused with its reason; so is a file whose name claims another kind than its content.
 */
final class ExportReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final List<String> EXPORT_EXTENSIONS = List.of("csv", "txt", "xlsx", "xls");
    /** Extensions of other kinds of files: a file named so that is an export claims to be what it is not. */
    private static final List<String> OTHER_EXTENSIONS = List.of("exe", "pdf", "doc", "docx", "zip", "png", "jpg",
            "jpeg", "gif");
    private static final int SNIFF = 8192;

    private ExportReader() {
    }

    /** What an export that was read is: {@code xlsx} or {@code CSV}. */
    static String kind(byte[] content) {
        return startsWith(content, ZIP) ? "xlsx" : "CSV";
    }

    static Figures read(String fileName, byte[] content, Source source, LocalDate today, int months, int maxRows) {
        if (content == null) {
            throw RegistrationRefused.file(Reason.MISSING, "choose an export of the incident registration (CSV or xlsx)");
        }
        if (content.length == 0) {
            throw RegistrationRefused.file(Reason.EMPTY, "the file is empty");
        }
        String extension = extension(fileName);
        IncidentReader incidents = new IncidentReader(source, today, months);
        if (startsWith(content, ZIP)) {
            claims(extension, "xlsx", "an Excel workbook");
            WorkbookTable.read(content, incidents);
        } else if (startsWith(content, OLE)) {
            throw compound(content, extension);
        } else if (binary(content)) {
            throw EXPORT_EXTENSIONS.contains(extension)
                    ? RegistrationRefused.file(Reason.DISGUISED, "the file is named ." + extension
                    + " but its content is no CSV text or Excel workbook", extension)
                    : RegistrationRefused.file(Reason.UNKNOWN_TYPE, "the file is no CSV text or Excel workbook (.xlsx)");
        } else {
            claims(extension, "csv", "CSV text");
            CsvTable.read(content, incidents, maxRows);
        }
        return incidents.figures();
    }

    /** Refuses a file named as another kind of export than its content is. */
    private static void claims(String extension, String kind, String what) {
        boolean claimsOther = EXPORT_EXTENSIONS.contains(extension) || OTHER_EXTENSIONS.contains(extension);
        boolean fits = extension.equals(kind) || kind.equals("csv") && extension.equals("txt");
        if (claimsOther && !fits) {
            throw RegistrationRefused.file(Reason.DISGUISED, "the file is named ." + extension + " but its content is "
                    + what + "; rename it to ." + kind, extension);
        }
    }

    /** A compound file: a password-protected Office document, or an old Excel (or other Office) file. */
    private static RegistrationRefused compound(byte[] content, String extension) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return RegistrationRefused.file(Reason.ENCRYPTED,
                        "the workbook is protected with a password; export it again without a password");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return RegistrationRefused.file(Reason.OLD_EXCEL,
                        "an old Excel workbook (.xls); save it as .xlsx or CSV and import that");
            }
        } catch (IOException | RuntimeException e) {
            return RegistrationRefused.file(Reason.MALFORMED, "the Office file is cut off or broken", "");
        }
        return EXPORT_EXTENSIONS.contains(extension)
                ? RegistrationRefused.file(Reason.DISGUISED, "the file is named ." + extension
                + " but its content is another Office document", extension)
                : RegistrationRefused.file(Reason.UNKNOWN_TYPE, "the file is no CSV text or Excel workbook (.xlsx)");
    }

    /** Text has no NUL bytes (UTF-16 aside, which starts with its byte order mark) and no program header. */
    private static boolean binary(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            return false;
        }
        if (startsWith(content, "MZ".getBytes(StandardCharsets.US_ASCII)) || startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        for (int i = 0; i < Math.min(content.length, SNIFF); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
