package nl.vptscan.improvementplan;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks shaped to exhaust memory or to smuggle in XML tricks are refused with a 400 that says why, quickly,
 * before anything holds a whole sheet.
 */
class PlanUploadLimitsTest {

    private static final long ASSESSMENT = 42;
    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final Map<Long, ImprovementAction> EXISTING = Map.of(1L, new ImprovementAction(1L, ASSESSMENT, 1,
            "VPT8-M1-01", "m1", "VIOLATION", "Geen beleid", "No policy", "Arbowet art. 3", "Stel beleid vast",
            "Adopt a policy", 1, null, LocalDate.of(2026, 9, 1), ActionStatus.OPEN, null, null, Instant.EPOCH, 1L));

    /** The refusal of an upload, which must come quickly and as a 400; returns its message and its errors. */
    private static String refusal(HostileWorkbooks workbook) {
        byte[] upload = workbook.bytes();
        DomainException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(DomainException.class, () -> PlanImport.read(upload, ASSESSMENT, EXISTING)));
        assertEquals(DomainException.Kind.INVALID, e.kind(), e.getMessage());
        assertFalse(e.errors().isEmpty(), "a refusal names what is wrong");
        return e.getMessage() + " | " + e.errors().stream().map(FieldError::message).toList();
    }

    @Test
    void refusesRowsWiderThanAnyPlanLikeTheWorkbookOfTheFinding() {
        // 905 rows of 1,400 cells: about 3 MB packed and 30 MB unpacked
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.SHEET,
                HostileWorkbooks.numberRows(905, 1400)));
        assertTrue(why.contains("unpacks to more than 4 MB"), why);
    }

    @Test
    void refusesARowWithMoreCellsThanAPlanHas() {
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.SHEET,
                HostileWorkbooks.numberRows(3, 1400)));
        assertTrue(why.contains("row 1 of xl/worksheets/sheet1.xml has more than 64 cells"), why);
    }

    @Test
    void refusesManySmallRows() {
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.SHEET,
                HostileWorkbooks.numberRows(60_000, 1)));
        assertTrue(why.contains("xl/worksheets/sheet1.xml has more than 1000 rows"), why);
    }

    @Test
    void refusesMoreCellsThanAPlanOfAFewHundredActionsHas() {
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.SHEET,
                HostileWorkbooks.numberRows(990, 50)));
        assertTrue(why.contains("more than 40000 cells"), why);
    }

    @Test
    void refusesAHugeSharedStringTable() {
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.SHARED_STRINGS,
                HostileWorkbooks.sharedStrings(150_000)));
        assertTrue(why.contains("more than 40000 shared strings"), why);
    }

    @Test
    void refusesAGiantCell() {
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.SHEET,
                HostileWorkbooks.giantCell(3_000_000)));
        assertTrue(why.contains("longer than 32767 characters"), why);
    }

    @Test
    void refusesAWorkbookThatUnpacksTooFarInTotal() {
        HostileWorkbooks workbook = HostileWorkbooks.of(ASSESSMENT);
        for (int i = 1; i <= 3; i++) {
            workbook.with("xl/extra/data" + i + ".xml", HostileWorkbooks.wordsPart(3_800_000));
        }
        String why = refusal(workbook);
        assertTrue(why.contains("unpacks to more than 10 MB"), why);
    }

    @Test
    void refusesCustomPropertiesThatAreNotXml() {
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.CUSTOM, "dit is geen XML <<<"));
        assertTrue(why.contains("docProps/custom.xml is not well-formed XML"), why);
    }

    @Test
    void refusesADoctypeInCustomPropertiesWithoutResolvingItsEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "GEHEIM-7f3a9c");
        String custom = "<?xml version=\"1.0\"?><!DOCTYPE Properties [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + HostileWorkbooks.customXml("&xxe;").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(HostileWorkbooks.CUSTOM, custom));
        assertTrue(why.contains("docProps/custom.xml has a DOCTYPE"), why);
        assertFalse(why.contains("GEHEIM"), why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", HostileWorkbooks.SHEET,
            HostileWorkbooks.SHARED_STRINGS, "docProps/app.xml", "xl/extra/unused.xml"})
    void refusesADoctypeInAnyPart(String part) {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x \"x\">]><root>&x;</root>";
        String why = refusal(HostileWorkbooks.of(ASSESSMENT).with(part, xml));
        assertTrue(why.contains(part + " has a DOCTYPE"), why);
    }
}
