package nl.vptscan.workbook;

import nl.vptscan.problem.DomainException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadGuardTest {

    private static String refusal(byte[] upload) {
        DomainException e = assertThrows(DomainException.class, () -> UploadedWorkbook.read(upload));
        assertEquals(DomainException.Kind.INVALID, e.kind());
        return e.errors().get(0).message();
    }

    @Test
    void refusesAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < UploadGuard.MAX_UPLOAD_BYTES);
        assertTrue(refusal(bytes.toByteArray()).contains("zip bomb"));
    }

    @Test
    void refusesSomethingThatIsNotAWorkbook() {
        assertTrue(refusal("naam;status\n".getBytes()).contains("not an Excel workbook"));
        assertTrue(refusal(new byte[0]).contains("empty"));
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("a").createRow(0).createCell(0).setCellValue("x");
            workbook.write(bytes);
        }
        byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertTrue(refusal(truncated).startsWith("the file is not"), refusal(truncated));
    }

    @Test
    void refusesAPartNameThatIsNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("a");
            workbook.write(bytes);
        }
        byte[] upload = bytes.toByteArray();
        upload[30] = (byte) 0xFF; // first byte of the first part's name in its local header
        assertTrue(refusal(upload).startsWith("the file is not a valid"), refusal(upload));
    }

    @Test
    void refusesAnOversizedUpload() {
        byte[] big = new byte[UploadGuard.MAX_UPLOAD_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        assertTrue(refusal(big).contains("larger than"));
    }

    @Test
    void opensAValidWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("=SUM(1)");
            workbook.write(bytes);
        }
        assertEquals(List.of("Plan"), UploadedWorkbook.read(bytes.toByteArray()).sheetNames());
    }
}
