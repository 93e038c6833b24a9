package nl.vptscan.registration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Registration exports for tests: the sample, a generated export with known shares, and the same as a workbook. */
public final class Exports {

    public static final String HEADER = "Datum incident;Locatie / afdeling;Functiegroep;Soort agressie;Strafbaar feit;"
            + "Dader bekend;Reactie naar dader binnen 48 uur;Datum reactie;Aangifte gedaan;Schade;Schade verhaald;"
            + "Nazorg aangeboden;Verzuimdagen";
    public static final DateTimeFormatter DUTCH_FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Exports() {
    }

    /** The fictional sample export: 500 incidents, Windows-1252, {@code ;}, CRLF. */
    public static byte[] sample() {
        try (InputStream in = Exports.class.getResourceAsStream("/registration/incidenten-voorbeeld.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generated export of {@code rows} incidents up to {@code today} as Dutch Excel writes it, 90% of them in the
     * last 12 months, built so that the expected counts are known: see {@link Generated}.
     */
    public static Generated generated(int rows, LocalDate today) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int recent = rows * 9 / 10;
        Generated expected = new Generated(lines);
        String[] jobs = {"baliemedewerker", "handhaver", "coördinator"};
        for (int i = 0; i < rows; i++) {
            boolean inWindow = i < recent;
            LocalDate date = inWindow ? today.minusDays(i % 360) : today.minusMonths(13).minusDays(i % 20);
            boolean known = i % 10 < 6;
            boolean responded = known && i % 10 < 4;
            String type = i % 5 == 0 ? "bedreiging" : i % 5 == 1 ? "fysiek" : "verbaal";
            boolean crime = i % 5 < 2;
            boolean reported = crime && i % 3 == 0;
            boolean damage = i % 4 == 0;
            boolean claimed = damage && i % 8 == 0;
            boolean care = i % 5 != 4;
            int absence = i % 50 == 0 ? 3 : 0;
            lines.add(String.join(";", DUTCH.format(date), "Publieksbalie", jobs[i % 3], type, crime ? "ja" : "nee",
                    known ? "ja" : "nee", known ? (responded ? "ja" : "nee") : "",
                    responded ? DUTCH.format(date.plusDays(1)) : "", reported ? "ja" : "nee",
                    damage ? "€ 1.250,00" : "", damage ? (claimed ? "ja" : "nee") : "", care ? "ja" : "nee",
                    String.valueOf(absence)));
            if (inWindow) {
                expected.incidents++;
                expected.known += known ? 1 : 0;
                expected.responded += responded ? 1 : 0;
                expected.crimes += crime ? 1 : 0;
                expected.reported += reported ? 1 : 0;
                expected.damagedKnown += damage && known ? 1 : 0;
                expected.claimedKnown += claimed && known ? 1 : 0;
                expected.aftercare += care ? 1 : 0;
                expected.absenceDays += absence;
            }
        }
        return expected;
    }

    /** A generated export with the counts it was built with. */
    public static final class Generated {
        final List<String> lines;
        public int incidents;
        public int known;
        public int responded;
        public int crimes;
        public int reported;
        public int damagedKnown;
        public int claimedKnown;
        public int aftercare;
        public int absenceDays;

        Generated(List<String> lines) {
            this.lines = lines;
        }

        /** As Dutch Excel saves CSV: Windows-1252, {@code ;}, CRLF. */
        public byte[] csv() {
            return (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("windows-1252"));
        }

        /** The same rows in an xlsx workbook, dates as date cells and days as numbers. */
        public byte[] xlsx() {
            return workbook(lines);
        }
    }

    /** Rows of {@code ;}-separated text as a workbook's first sheet: dates as date cells, whole numbers as numbers. */
    public static byte[] workbook(List<String> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Incidenten");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    String value = cells[c];
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && value.matches("\\d{2}-\\d{2}-\\d{4}")) {
                        var cell = row.createCell(c);
                        cell.setCellValue(LocalDate.parse(value, DUTCH));
                        cell.setCellStyle(dateStyle);
                    } else if (r > 0 && value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
