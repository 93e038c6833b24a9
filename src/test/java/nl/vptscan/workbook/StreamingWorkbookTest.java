package nl.vptscan.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingWorkbookTest {

    private static final List<String> TEXTS = List.of("Gemeente Súdwest-Fryslân", "<b>&amp; \"quotes\" 'single'</b>",
            "  spaties rondom  ", "emoji 😀 buiten het BMP", "regel 1\nregel 2\ttab", letters(30_000), "");

    /** Text that does not compress to nothing (which the reader would refuse as a zip bomb). */
    private static String letters(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    @Test
    void holdsTheSameCellsAsPoisOwnStreamingWorkbookInALargerFile() throws IOException {
        long seed = new Random().nextLong();
        byte[] fast = write(new StreamingWorkbook(new XSSFWorkbook(), 100), new Random(seed));
        byte[] plain = write(new SXSSFWorkbook(new XSSFWorkbook(), 100), new Random(seed));
        assertEquals(cells(plain), cells(fast), "seed " + seed);
        assertTrue(cells(fast).size() > 10_000);
        assertTrue(fast.length > plain.length, "zipped faster, so less tightly: " + fast.length + " against "
                + plain.length);
    }

    private static byte[] write(SXSSFWorkbook workbook, Random random) throws IOException {
        try (workbook) {
            for (int s = 0; s < 2; s++) {
                Sheet sheet = workbook.createSheet("Blad " + s);
                for (int r = 0; r < 1_500; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(TEXTS.get(random.nextInt(TEXTS.size())));
                    row.createCell(1).setCellValue(random.nextDouble() * 100);
                    row.createCell(2).setCellValue(random.nextInt(5));
                    row.createCell(3).setCellFormula("B" + (r + 1) + "*2");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> cells(byte[] file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell);
                    }
                }
            }
        }
        return cells;
    }
}
