package nl.vptscan.workbook;

import nl.vptscan.Fuzz;
import nl.vptscan.problem.DomainException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Damages a real plan-like workbook at the byte and at the zip level: the reader either reads every sheet or refuses it
 * with a 400, never fails in another way and never takes long.
 */
class WorkbookFuzzTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(15);
    private static final byte[] WORKBOOK = planLikeWorkbook();

    /** A named change to the upload's bytes, so a failing case reports what was done to it. */
    record Damage(String name, UnaryOperator<byte[]> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A part of the workbook's zip: its name and unpacked content. */
    record Part(String name, byte[] content) {
    }

    @TestFactory
    Stream<DynamicTest> damagedWorkbookIsOpenedOrRefusedWith400() {
        // both outcomes must occur, or the damage is too mild or too rough to test much
        return Fuzz.forAll(300, fuzz -> fuzz.list(1, 3, () -> damage(fuzz)), damages -> {
            byte[] upload = WORKBOOK;
            for (Damage damage : damages) {
                upload = damage.change().apply(upload);
            }
            return opensOrRefusesWith400(upload);
        }, Map.of("opened", 0.0, "refused", 0.0));
    }

    /** Opens the upload; a refusal must be a 400. Returns the outcome: "opened" or "refused". */
    static String opensOrRefusesWith400(byte[] upload) {
        return assertTimeoutPreemptively(TIME_LIMIT, () -> {
            try {
                UploadedWorkbook workbook = UploadedWorkbook.read(upload);
                workbook.sheetNames().forEach(sheet -> workbook.rows(sheet, row -> { }));
                return "opened";
            } catch (DomainException e) {
                assertEquals(DomainException.Kind.INVALID, e.kind(), e.getMessage());
                return "refused";
            }
        }, () -> "opening took longer than " + TIME_LIMIT);
    }

    private static Damage damage(Fuzz fuzz) {
        double p = fuzz.between(0.0, 1.0);
        return switch (fuzz.weighted(3, 3, 1, 1, 6)) {
            case 0 -> new Damage("truncate at " + p, b -> Arrays.copyOf(b, (int) (p * b.length)));
            case 1 -> {
                long seed = fuzz.anyLong();
                int n = fuzz.between(1, 20);
                yield new Damage("flip " + n + " bytes (seed " + seed + ")", b -> flip(b, n, seed));
            }
            case 2 -> {
                int n = fuzz.between(1, 4096);
                yield new Damage("cut " + n + " bytes at " + p, b -> cut(b, p, n));
            }
            case 3 -> {
                byte[] noise = fuzz.bytes(0, 64);
                yield new Damage("insert " + noise.length + " bytes at " + p, b -> insert(b, p, noise));
            }
            default -> partDamage(fuzz, p);
        };
    }

    private static Damage partDamage(Fuzz fuzz, double p) {
        return switch (fuzz.below(10)) {
            case 0 -> parts("drop part at " + p, parts -> parts.remove(index(parts, p)));
            case 1 -> {
                double q = fuzz.between(0.0, 1.0);
                yield parts("swap contents of parts at " + p + " and " + q, parts -> {
                    int i = index(parts, p);
                    int j = index(parts, q);
                    Part a = parts.get(i);
                    parts.set(i, new Part(a.name(), parts.get(j).content()));
                    parts.set(j, new Part(parts.get(j).name(), a.content()));
                });
            }
            case 2 -> {
                double cut = fuzz.between(0.0, 1.0);
                yield parts("truncate part at " + p + " to " + cut, parts -> {
                    Part part = parts.get(index(parts, p));
                    parts.set(index(parts, p), new Part(part.name(),
                            Arrays.copyOf(part.content(), (int) (cut * part.content().length))));
                });
            }
            case 3 -> {
                long seed = fuzz.anyLong();
                yield parts("flip bytes in part at " + p + " (seed " + seed + ")", parts -> {
                    Part part = parts.get(index(parts, p));
                    parts.set(index(parts, p), new Part(part.name(), flip(part.content(), 5, seed)));
                });
            }
            case 4 -> {
                String name = fuzz.pick("", "../../evil.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml",
                        "é/ü.xml", "xl//workbook.xml", "/xl/workbook.xml");
                yield parts("rename part at " + p + " to '" + name + "'", parts -> {
                    Part part = parts.get(index(parts, p));
                    parts.set(index(parts, p), new Part(name, part.content()));
                });
            }
            case 5 -> {
                XmlBombs bomb = fuzz.pick(XmlBombs.values());
                yield parts("replace part at " + p + " by " + bomb, parts -> {
                    Part part = parts.get(index(parts, p));
                    parts.set(index(parts, p), new Part(part.name(), bomb.xml()));
                });
            }
            case 6 -> {
                int size = fuzz.between(256 * 1024, 4 * 1024 * 1024);
                long seed = fuzz.anyLong();
                yield parts("add random part of " + size + " bytes (seed " + seed + ")", parts -> {
                    byte[] noise = new byte[size];
                    new Random(seed).nextBytes(noise);
                    parts.add(new Part("xl/media/noise.bin", noise));
                });
            }
            case 7 -> {
                int megabytes = fuzz.between(1, 80);
                yield parts("add part of " + megabytes + " MB zeros", parts ->
                        parts.add(new Part("xl/worksheets/sheet9.xml", new byte[megabytes * 1024 * 1024])));
            }
            case 8 -> {
                int count = fuzz.between(400, 700);
                yield parts("add " + count + " tiny parts", parts -> {
                    for (int i = 0; i < count; i++) {
                        parts.add(new Part("xl/extra/p" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
                    }
                });
            }
            default -> {
                boolean stored = fuzz.bool();
                yield parts("rewrite " + (stored ? "stored" : "deflated"), parts -> { }, stored);
            }
        };
    }

    /** Entity expansion and deep nesting that an XML parser must not follow into exhaustion. */
    enum XmlBombs {
        BILLION_LAUGHS("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"),
        EXTERNAL_ENTITY("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"),
        DEEP_NESTING("<?xml version=\"1.0\"?>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)),
        NOT_XML("PK\u0003\u0004 this is not xml \u0000\u0001");

        private final String xml;

        XmlBombs(String xml) {
            this.xml = xml;
        }

        byte[] xml() {
            return xml.getBytes(StandardCharsets.UTF_8);
        }
    }

    private interface PartsEdit {
        void apply(List<Part> parts);
    }

    private static Damage parts(String name, PartsEdit edit) {
        return parts(name, edit, false);
    }

    private static Damage parts(String name, PartsEdit edit, boolean stored) {
        return new Damage(name, bytes -> {
            List<Part> parts = unzip(bytes);
            if (parts.isEmpty()) {
                return bytes;
            }
            edit.apply(parts);
            return zip(parts, stored);
        });
    }

    private static int index(List<Part> parts, double at) {
        return (int) (at * (parts.size() - 1));
    }

    /** The parts a lenient reader finds; an unreadable tail is left out. */
    private static List<Part> unzip(byte[] bytes) {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.add(new Part(entry.getName(), zip.readAllBytes()));
            }
        } catch (IOException | RuntimeException e) {
            // damaged by an earlier step: keep what was readable
        }
        return parts;
    }

    private static byte[] zip(List<Part> parts, boolean stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> written = new ArrayList<>();
            for (Part part : parts) {
                if (written.contains(part.name())) {
                    continue;
                }
                written.add(part.name());
                ZipEntry entry = new ZipEntry(part.name().isEmpty() ? "unnamed" : part.name());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(part.content());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.content().length);
                    entry.setCompressedSize(part.content().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(part.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] flip(byte[] bytes, int count, long seed) {
        byte[] copy = bytes.clone();
        Random random = new Random(seed);
        for (int i = 0; i < count && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] cut(byte[] bytes, double at, int length) {
        int from = (int) (at * bytes.length);
        int to = Math.min(bytes.length, from + length);
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    private static byte[] insert(byte[] bytes, double at, byte[] noise) {
        int offset = (int) (at * bytes.length);
        byte[] out = new byte[bytes.length + noise.length];
        System.arraycopy(bytes, 0, out, 0, offset);
        System.arraycopy(noise, 0, out, offset, noise.length);
        System.arraycopy(bytes, offset, out, offset + noise.length, bytes.length - offset);
        return out;
    }

    /** Four sheets like the plan's: text, numbers, dates, a formula, a custom property. */
    private static byte[] planLikeWorkbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (String name : List.of("Samenvatting", "Plan van aanpak", "Bevindingen", "Antwoorden")) {
                XSSFSheet sheet = workbook.createSheet(name);
                Row header = sheet.createRow(0);
                for (int c = 0; c < 8; c++) {
                    header.createCell(c).setCellValue("Kolom " + c);
                }
                for (int r = 1; r <= 30; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r);
                    row.createCell(1).setCellValue("Maatregel " + r + " — agressie en geweld");
                    row.createCell(2).setCellValue(LocalDate.of(2026, 1, 1).plusDays(r));
                    row.getCell(2).setCellStyle(date);
                    row.createCell(3).setCellValue(1234.5 * r);
                    row.createCell(4).setCellFormula("A" + (r + 1) + "*2");
                }
            }
            workbook.getProperties().getCustomProperties().addProperty("vptscan.assessmentId", "42");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
