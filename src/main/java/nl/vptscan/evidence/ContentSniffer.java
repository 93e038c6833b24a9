package nl.vptscan.evidence;

import nl.vptscan.evidence.AttachmentRefused.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its bytes (magic numbers, the content types part of an Office Open XML zip, the streams
 * of a legacy Office file), whatever its name or the client says. Refuses what is not an accepted document, what is
 * encrypted (no one could read it as evidence), what carries macros, and what is cut off or broken.
 */
final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** How far before the end a PDF's last {@code %%EOF} may be (some writers append a little). */
    private static final int PDF_TAIL = 2048;
    /**
     * Limits on reading an Office zip: far above any real document, far below a zip bomb. A document unpacks to at
     * most {@value #MAX_ZIP_RATIO} times its size (Office XML packs some 5 to 20 times), and never needs more than
     * {@value #MIN_ZIP_EXPANDED_MB} MB for that check to start.
     */
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_ZIP_RATIO = 30;
    private static final long MIN_ZIP_EXPANDED_MB = 50;
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;
    /** Word's FIB flag fEncrypted, in the 16-bit word at offset 0x0A of the WordDocument stream. */
    private static final int WORD_ENCRYPTED = 0x0100;
    private static final int BIFF_FILEPASS = 0x002F;
    private static final int BIFF_EOF = 0x000A;

    private ContentSniffer() {
    }

    /** The kind of the file; the name only serves to say so when it claims another kind. */
    static FileKind sniff(byte[] content, String name) {
        if (content == null || content.length == 0) {
            throw AttachmentRefused.file(Reason.EMPTY, "the file is empty");
        }
        String extension = FileNames.extension(name);
        FileKind kind;
        try {
            kind = kind(content);
        } catch (AttachmentRefused refused) {
            if (refused.reason() == Reason.UNKNOWN_TYPE && FileKind.known(extension)) {
                throw AttachmentRefused.file(Reason.DISGUISED, "the file is named ." + extension
                        + " but its content is no such document: " + refused.errors().get(0).message());
            }
            throw refused;
        }
        if (!extension.isEmpty() && FileKind.known(extension) && !kind.fits(extension)) {
            throw AttachmentRefused.file(Reason.DISGUISED, "the file is named ." + extension + " but its content is a "
                    + kind.name() + " file; rename it to ." + kind.extension());
        }
        return kind;
    }

    private static FileKind kind(byte[] content) {
        if (startsWith(content, PDF)) {
            return pdf(content);
        }
        if (startsWith(content, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(content, JPEG)) {
            return FileKind.JPEG;
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return FileKind.GIF;
        }
        if (startsWith(content, ZIP)) {
            return officeOpenXml(content);
        }
        if (startsWith(content, OLE)) {
            return legacyOffice(content);
        }
        throw AttachmentRefused.file(Reason.UNKNOWN_TYPE,
                "the file is not a PDF, Word or Excel document or a PNG, JPEG or GIF image");
    }

    private static FileKind pdf(byte[] content) {
        byte[] end = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        if (lastIndexOf(content, end, Math.max(0, content.length - PDF_TAIL)) < 0) {
            throw AttachmentRefused.file(Reason.MALFORMED, "the PDF has no end marker (%%EOF); it is cut off or broken");
        }
        if (lastIndexOf(content, "/Encrypt".getBytes(StandardCharsets.US_ASCII), 0) >= 0) {
            throw AttachmentRefused.file(Reason.ENCRYPTED, "the PDF is encrypted or password protected; attach it unprotected");
        }
        return FileKind.PDF;
    }

    /** Reads the whole zip (so a broken one is refused) and decides by its {@code [Content_Types].xml} part. */
    private static FileKind officeOpenXml(byte[] content) {
        String types = null;
        boolean macros = false;
        long expanded = 0;
        long maxExpanded = Math.max(MIN_ZIP_EXPANDED_MB * 1024 * 1024, (long) MAX_ZIP_RATIO * content.length);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buffer = new byte[16 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw AttachmentRefused.file(Reason.MALFORMED, "the zip holds more than " + MAX_ZIP_ENTRIES + " parts");
                }
                String name = entry.getName();
                macros |= name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin");
                boolean keep = name.equalsIgnoreCase("[Content_Types].xml");
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    expanded += read;
                    if (expanded > maxExpanded) {
                        throw AttachmentRefused.file(Reason.MALFORMED, "the zip expands to more than "
                                + maxExpanded / (1024 * 1024) + " MB; it is refused as a possible zip bomb");
                    }
                    if (keep) {
                        if (part.size() + read > MAX_CONTENT_TYPES) {
                            throw AttachmentRefused.file(Reason.MALFORMED, "its [Content_Types].xml part is too large");
                        }
                        part.write(buffer, 0, read);
                    }
                }
                if (keep) {
                    types = part.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw AttachmentRefused.file(Reason.MALFORMED, "the zip archive is broken: " + e.getMessage());
        } catch (IOException e) {
            throw AttachmentRefused.file(Reason.MALFORMED, "the zip archive is cut off or broken: " + e.getMessage());
        }
        if (entries == 0) {
            throw AttachmentRefused.file(Reason.MALFORMED, "the zip archive holds nothing; it is cut off or broken");
        }
        if (types == null) {
            throw AttachmentRefused.file(Reason.UNKNOWN_TYPE, "a zip archive that is no Word or Excel document");
        }
        if (macros || types.contains("macroEnabled")) {
            throw AttachmentRefused.file(Reason.MACROS,
                    "the document contains macros; save it as .docx or .xlsx without macros, or as PDF");
        }
        if (types.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            return FileKind.DOCX;
        }
        if (types.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
            return FileKind.XLSX;
        }
        throw AttachmentRefused.file(Reason.UNKNOWN_TYPE, "an Office Open XML file that is no Word document or Excel workbook");
    }

    /** A compound file: an encrypted Office Open XML document, or a legacy Word or Excel file. */
    private static FileKind legacyOffice(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw AttachmentRefused.file(Reason.ENCRYPTED,
                        "the document is protected with a password; attach it without the password");
            }
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
                throw AttachmentRefused.file(Reason.MACROS,
                        "the document contains macros; save it as .docx or .xlsx without macros, or as PDF");
            }
            if (root.hasEntry("WordDocument")) {
                try (DocumentInputStream word = root.createDocumentInputStream("WordDocument")) {
                    byte[] fib = word.readNBytes(12);
                    if (fib.length < 12) {
                        throw AttachmentRefused.file(Reason.MALFORMED, "the Word document is cut off or broken");
                    }
                    if ((((fib[11] & 0xFF) << 8 | (fib[10] & 0xFF)) & WORD_ENCRYPTED) != 0) {
                        throw AttachmentRefused.file(Reason.ENCRYPTED,
                                "the document is protected with a password; attach it without the password");
                    }
                }
                return FileKind.DOC;
            }
            String book = root.hasEntry("Workbook") ? "Workbook" : root.hasEntry("Book") ? "Book" : null;
            if (book != null) {
                try (DocumentInputStream workbook = root.createDocumentInputStream(book)) {
                    if (filePass(workbook)) {
                        throw AttachmentRefused.file(Reason.ENCRYPTED,
                                "the workbook is protected with a password; attach it without the password");
                    }
                }
                return FileKind.XLS;
            }
        } catch (AttachmentRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw AttachmentRefused.file(Reason.MALFORMED, "the Office document is cut off or broken");
        }
        throw AttachmentRefused.file(Reason.UNKNOWN_TYPE, "an Office file that is no Word document or Excel workbook");
    }

    /** Whether the workbook globals hold a FILEPASS record: the workbook is encrypted. */
    private static boolean filePass(InputStream biff) throws IOException {
        for (int i = 0; i < 10_000; i++) {
            byte[] header = biff.readNBytes(4);
            if (header.length < 4) {
                return false;
            }
            int type = (header[1] & 0xFF) << 8 | (header[0] & 0xFF);
            int length = (header[3] & 0xFF) << 8 | (header[2] & 0xFF);
            if (type == BIFF_FILEPASS) {
                return true;
            }
            if (type == BIFF_EOF) {
                return false;
            }
            if (biff.skip(length) < length && length > 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = haystack.length - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
