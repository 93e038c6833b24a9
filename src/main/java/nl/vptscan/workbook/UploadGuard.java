package nl.vptscan.workbook;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks an uploaded workbook in one streaming pass over its zip, trusting none of its headers, before anything
 * reads it: at most {@value #MAX_ENTRIES} parts, {@value #MAX_PART_MB} MB unpacked per part and
 * {@value #MAX_EXPANDED_MB} MB in all, no part that expands more than {@value #MAX_RATIO} times (a zip bomb), and
 * every XML part well-formed without a DOCTYPE. In sheets it counts as it goes: at most {@value #MAX_ROWS} rows a
 * sheet, {@value #MAX_CELLS_PER_ROW} cells a row, {@value #MAX_CELLS} cells and {@value #MAX_SHARED_STRINGS} shared
 * strings in the workbook, and {@value #MAX_TEXT} characters a cell. A plan of a few hundred actions is far
 * inside these limits. Each refusal is a 400 that says why.
 */
public final class UploadGuard {

    public static final int MAX_UPLOAD_MB = 5;
    public static final int MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
    static final int MAX_PART_MB = 4;
    static final int MAX_EXPANDED_MB = 10;
    static final int MAX_ENTRIES = 500;
    static final int MAX_RATIO = 100;
    static final int MAX_ROWS = 1000;
    static final int MAX_CELLS_PER_ROW = 64;
    static final int MAX_CELLS = 40_000;
    static final int MAX_SHARED_STRINGS = 40_000;
    /** Excel's own limit for the text of one cell. */
    static final int MAX_TEXT = 32_767;
    static final int MAX_DEPTH = 64;
    private static final long MB = 1024 * 1024;

    private UploadGuard() {
    }

    /**
     * Checks the upload and returns its XML parts (name → content; names compared without regard to case, as
     * OPC does, so each is stored lower case).
     */
    static Map<String, byte[]> unpack(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refuse("workbook.empty", "the upload is empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw refuse("file.tooLarge", "the file is larger than " + MAX_UPLOAD_MB + " MB", MAX_UPLOAD_MB);
        }
        if (upload.length < 4 || upload[0] != 'P' || upload[1] != 'K') {
            throw refuse("workbook.notXlsx", "the file is not an Excel workbook (.xlsx)");
        }
        Map<String, byte[]> xml = new HashMap<>();
        Map<String, Boolean> names = new HashMap<>();
        Counts counts = new Counts();
        long total = 0;
        Position position = new Position(upload);
        try (ZipInputStream zip = new ZipInputStream(position)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw refuse("workbook.suspicious", "the workbook has more than " + MAX_ENTRIES + " parts");
                }
                String name = entry.getName();
                String key = name.toLowerCase(Locale.ROOT);
                if (names.put(key, Boolean.TRUE) != null) {
                    throw refuse("workbook.suspicious", "the workbook holds part " + name + " twice");
                }
                boolean isXml = key.endsWith(".xml") || key.endsWith(".rels");
                Unpacked part = unpackPart(zip, name, position, total, isXml);
                total += part.size();
                if (isXml && !entry.isDirectory()) {
                    PartCheck.check(name, part.content(), counts);
                    xml.put(key, part.content());
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // ZipInputStream throws IllegalArgumentException for a part name that is not valid UTF-8
            throw refuse("workbook.notXlsx", "the file is not a valid Excel workbook (.xlsx): " + e.getMessage());
        } catch (IOException e) {
            throw refuse("workbook.notXlsx", "the file is not a complete Excel workbook (.xlsx): " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw refuse("workbook.notXlsx", "the file is not an Excel workbook (.xlsx)");
        }
        return xml;
    }

    /** A part's unpacked size, and its content when it was kept. */
    private record Unpacked(long size, byte[] content) {
    }

    /** Unpacks one part within the limits; keeps its bytes only when it is XML. */
    private static Unpacked unpackPart(ZipInputStream zip, String name, Position position, long totalBefore,
                                     boolean keep) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        long start = position.read;
        long size = 0;
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = zip.read(buffer)) > 0) {
            size += read;
            if (size > MAX_PART_MB * MB) {
                throw refuse("workbook.suspicious", "part " + name + " unpacks to more than " + MAX_PART_MB + " MB; a plan workbook is far smaller");
            }
            if (totalBefore + size > MAX_EXPANDED_MB * MB) {
                throw refuse("workbook.suspicious", "the workbook unpacks to more than " + MAX_EXPANDED_MB + " MB; a plan workbook is far smaller");
            }
            // the packed bytes read so far, give or take the zip reader's small read-ahead
            long packed = Math.max(1, position.read - start);
            if (size > MB && size / packed > MAX_RATIO) {
                throw refuse("workbook.suspicious", "part " + name + " expands more than " + MAX_RATIO
                        + " times; it is refused as a possible zip bomb");
            }
            if (keep) {
                content.write(buffer, 0, read);
            }
        }
        return new Unpacked(size, content.toByteArray());
    }

    /** A refused upload: the field {@code file} with its message code and parameters; nothing was read or stored. */
    static DomainException refuse(String code, String why, Object... params) {
        return DomainException.invalid("Workbook refused: " + why, code, List.of(FieldError.coded("file", why, code,
                params)), params);
    }

    /** The upload as a stream that knows how many bytes the zip reader has taken from it. */
    private static final class Position extends ByteArrayInputStream {

        long read;

        Position(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }

        @Override
        public synchronized long skip(long n) {
            long skipped = super.skip(n);
            read += skipped;
            return skipped;
        }
    }

    /** What the parts checked so far hold, for the limits over the whole workbook. */
    static final class Counts {
        int cells;
        int sharedStrings;
    }
}
