package nl.vptscan.workbook;

import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opens an uploaded workbook only after checking, without trusting its headers, that it is a zip of bounded
 * size: at most {@value #MAX_ENTRIES} parts, {@value #MAX_EXPANDED_BYTES} bytes unpacked, and no part that
 * expands more than {@value #MAX_RATIO} times (a zip bomb). Each refusal is a 400 that says why.
 */
public final class UploadGuard {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final long MAX_EXPANDED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 500;
    static final int MAX_RATIO = 100;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_BYTES);
    }

    private UploadGuard() {
    }

    /** Checks and opens the upload; the caller closes the workbook. */
    public static XSSFWorkbook open(byte[] upload) {
        check(upload);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException e) {
            throw refuse("the file is not a readable Excel workbook (.xlsx): " + e.getClass().getSimpleName());
        }
    }

    static void check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refuse("the upload is empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw refuse("the file is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
        }
        if (upload.length < 4 || upload[0] != 'P' || upload[1] != 'K') {
            throw refuse("the file is not an Excel workbook (.xlsx)");
        }
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse("the workbook has more than " + MAX_ENTRIES + " parts");
                }
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw refuse("the workbook unpacks to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                                + " MB; it is refused as a possible zip bomb");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && size > 1024 * 1024 && size / compressed > MAX_RATIO) {
                    throw refuse("part " + entry.getName() + " expands " + size / compressed
                            + " times; it is refused as a possible zip bomb");
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // ZipInputStream throws IllegalArgumentException for a part name that is not valid UTF-8
            throw refuse("the file is not a valid Excel workbook (.xlsx): " + e.getMessage());
        } catch (IOException e) {
            throw refuse("the file is not a complete Excel workbook (.xlsx): " + e.getMessage());
        }
        if (entries == 0) {
            throw refuse("the file is not an Excel workbook (.xlsx)");
        }
    }

    private static ApiException refuse(String why) {
        return ApiException.badRequest("Workbook refused: " + why, List.of(new FieldError("file", why)));
    }
}
