package nl.vptscan.registration;

import nl.vptscan.evidence.Documents;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Text;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a registration export into figures: the sample, encodings, separators, workbooks and what is refused. */
class ExportReaderTest {

    static final Source SOURCE = RegistrationDataReader.source(Path.of("questionnaires/registrations/sources/standaard.yaml"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Figures read(String name, byte[] content) {
        return ExportReader.read(name, content, SOURCE, TODAY, 12, 20_000);
    }

    static RegistrationRefused refused(String name, byte[] content) {
        return assertThrows(RegistrationRefused.class, () -> read(name, content));
    }

    static byte[] utf8(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleExportGivesTheSharesOfItsLastTwelveMonths() {
        Figures figures = read("incidenten-voorbeeld.csv", Exports.sample());
        assertEquals(LocalDate.of(2025, 12, 2), figures.from());
        assertEquals(500, figures.rows());
        assertEquals(333, figures.incidents());
        assertEquals(new Figures.Share(123, 237, new BigDecimal("51.9")), figures.share(Figure.RESPONSE_WITHIN_48H));
        assertEquals(new Figures.Share(75, 128, new BigDecimal("58.6")), figures.share(Figure.POLICE_REPORT));
        assertEquals(new Figures.Share(3, 18, new BigDecimal("16.7")), figures.share(Figure.DAMAGE_CLAIMED));
        assertEquals(new Figures.Share(265, 333, new BigDecimal("79.6")), figures.share(Figure.AFTERCARE));
        assertEquals(0, new BigDecimal("125").compareTo(figures.absenceDays()));
        assertEquals(new Figures.Count("verbaal", 169), figures.byType().get(0));
        assertEquals(7, figures.byType().size());
        assertTrue(figures.byJobGroup().contains(new Figures.Count("baliemedewerker", 80)), figures.byJobGroup().toString());
    }

    @Test
    void aGeneratedWindowsExportReadsItsAccentsAndCounts() {
        Exports.Generated generated = Exports.generated(500, TODAY);
        Figures figures = read("export.csv", generated.csv());
        assertEquals(generated.incidents, figures.incidents());
        assertEquals(new Figures.Share(generated.responded, generated.known, null).count(),
                figures.share(Figure.RESPONSE_WITHIN_48H).count());
        assertEquals(generated.known, figures.knownPerpetrator());
        assertEquals(generated.reported, figures.policeReports());
        assertEquals(generated.crimes, figures.crimes());
        assertEquals(generated.damagedKnown, figures.damageWithKnownPerpetrator());
        assertEquals(generated.claimedKnown, figures.damageClaimed());
        assertEquals(generated.aftercare, figures.aftercare());
        assertTrue(figures.byJobGroup().stream().anyMatch(c -> c.label().equals("coördinator")), figures.byJobGroup().toString());
    }

    @Test
    void theSameExportAsAWorkbookGivesTheSameFigures() {
        Exports.Generated generated = Exports.generated(500, TODAY);
        assertEquals(read("export.csv", generated.csv()), read("export.xlsx", generated.xlsx()));
    }

    @Nested
    class Notations {

        @Test
        void utf8WithByteOrderMarkCommasAndQuotedFields() {
            byte[] body = utf8("Datum incident,Functiegroep,Soort agressie,Dader bekend,Reactie naar dader binnen 48 uur,"
                            + "Aangifte gedaan,Schade verhaald,Nazorg aangeboden,Schade",
                    "2026-11-02,\"medewerker, balie\",bedreiging,j,J,1,ja,Ja,\"€ 1.250,00\"",
                    "3-2-2026,\"zegt \"\"nee\"\"\",verbaal,N,,0,,nee,");
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            Figures figures = read("export.csv", withBom);
            assertEquals(2, figures.incidents());
            assertEquals(List.of(new Figures.Count("medewerker, balie", 1), new Figures.Count("zegt \"nee\"", 1)),
                    figures.byJobGroup());
            assertEquals(new Figures.Share(1, 1, new BigDecimal("100")), figures.share(Figure.DAMAGE_CLAIMED));
            assertEquals(new Figures.Share(1, 1, new BigDecimal("100")), figures.share(Figure.POLICE_REPORT));
        }

        @Test
        void valuesAsDutchSpreadsheetsWriteThem() {
            assertEquals(LocalDate.of(2026, 2, 3), Values.date("03-02-2026").orElseThrow());
            assertEquals(LocalDate.of(2026, 2, 3), Values.date("3/2/2026 14:05").orElseThrow());
            assertEquals(LocalDate.of(2026, 2, 3), Values.date("2026-02-03").orElseThrow());
            assertTrue(Values.date("31-02-2026").isEmpty());
            assertEquals(new BigDecimal("1250.00"), Values.amount("€ 1.250,00").orElseThrow());
            assertEquals(new BigDecimal("1250"), Values.amount("1.250").orElseThrow());
            assertEquals(new BigDecimal("80"), Values.amount("€ 80").orElseThrow());
            assertTrue(Values.amount("tachtig").isEmpty());
            assertEquals(true, Values.yesNo(" J ").orElseThrow());
            assertEquals(false, Values.yesNo("0").orElseThrow());
        }
    }

    @Nested
    class Refusals {

        @Test
        void aPerpetratorNameColumnIsRefusedCitingTheLaw() {
            byte[] export = utf8(Exports.HEADER + ";Naam dader", "03-01-2026;Wijkteam;consulent;verbaal;nee;ja;ja;"
                    + "04-01-2026;nee;;;ja;0;J. Jansen");
            RegistrationRefused refused = refused("export.csv", export);
            assertEquals(RegistrationRefused.Reason.PERSONAL_DATA, refused.reason());
            assertTrue(refused.getMessage().contains("AVG art. 10"), refused.getMessage());
            assertEquals(List.of(FieldError.coded("column 14", "column 14 'Naam dader' may hold names or addresses of "
                    + "perpetrators or victims", "registration.column.personal", 14, "Naam dader")), refused.errors());
        }

        @Test
        void aColumnNamedOnlyForThePersonIsRefusedToo() {
            byte[] export = utf8(Exports.HEADER + ";Slachtoffer;Adres veroorzaker", "03-01-2026;Wijkteam;consulent;"
                    + "verbaal;nee;ja;ja;04-01-2026;nee;;;ja;0;;");
            assertEquals(2, refused("export.csv", export).errors().size());
        }

        @Test
        void everyBadRowIsNamedAndNothingIsCounted() {
            byte[] export = utf8(Exports.HEADER,
                    "31-02-2026;Wijkteam;consulent;verbaal;nee;ja;ja;;nee;;;ja;0",
                    "03-01-2026;Wijkteam;consulent;verbaal;nee;misschien;ja;;nee;;;ja;0",
                    "03-01-2026;Wijkteam;consulent;verbaal;nee;ja;;;nee;;;ja;twee",
                    "03-01-2026;Wijkteam;consulent;verbaal;nee;ja;ja;09-01-2026;nee;;;ja;0",
                    "03-01-2026;Wijkteam;consulent;verbaal;nee;ja;ja;;nee;;;ja;0");
            RegistrationRefused refused = refused("export.csv", export);
            assertEquals(RegistrationRefused.Reason.BAD_ROWS, refused.reason());
            assertEquals(List.of("row 2.date", "row 3.perpetrator_known", "row 4.response_within_48h",
                    "row 4.absence_days", "row 5.response_within_48h"), refused.errors().stream().map(FieldError::field).toList());
            FieldError date = refused.errors().get(0);
            assertEquals("registration.row.date", date.code());
            assertEquals(List.of(2, "Datum incident", "31-02-2026"), date.params());
        }

        @Test
        void aMissingColumnIsNamed() {
            RegistrationRefused refused = refused("export.csv", utf8("Datum incident;Functiegroep", "03-01-2026;consulent"));
            assertEquals(RegistrationRefused.Reason.COLUMNS, refused.reason());
            assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals("columns.aftercare")
                    && e.params().equals(List.of("Nazorg aangeboden", "standaard"))), refused.errors().toString());
        }

        @Test
        void emptyDisguisedEncryptedAndOldFilesAreRefusedWithTheirReason() {
            assertEquals(RegistrationRefused.Reason.EMPTY, refused("leeg.csv", new byte[0]).reason());
            assertEquals(RegistrationRefused.Reason.NO_INCIDENTS, refused("kop.csv", utf8(Exports.HEADER)).reason());
            assertEquals(RegistrationRefused.Reason.DISGUISED, refused("export.csv", Documents.exe()).reason());
            assertEquals(RegistrationRefused.Reason.DISGUISED, refused("export.xlsx", Exports.sample()).reason());
            assertEquals(RegistrationRefused.Reason.ENCRYPTED, refused("export.xlsx", Documents.encryptedDocx()).reason());
            assertEquals(RegistrationRefused.Reason.OLD_EXCEL, refused("export.xls", Documents.xls(null)).reason());
            assertEquals(RegistrationRefused.Reason.MALFORMED, refused("export.xlsx", Documents.zipBomb(20)).reason());
        }

        @Test
        void moreRowsThanAllowedAreRefused() {
            RegistrationRefused refused = assertThrows(RegistrationRefused.class, () ->
                    ExportReader.read("x.csv", Exports.generated(20, TODAY).csv(), SOURCE, TODAY, 12, 10));
            assertEquals(RegistrationRefused.Reason.TOO_MANY_ROWS, refused.reason());
        }
    }

    @Test
    void theSourceFileNamesItsTitle() {
        assertEquals(new Text("Standaard (GIR, ARO of eigen registratie met Nederlandse kolomnamen)",
                "Default (GIR, ARO or in-house registration with Dutch column names)"), SOURCE.title());
    }
}
