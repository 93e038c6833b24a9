package nl.vptscan.evidence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    @Test
    void dropsFoldersOfEitherKind() {
        assertEquals("beleid.pdf", FileNames.clean("C:\\Users\\x\\beleid.pdf", FileKind.PDF));
        assertEquals("passwd.pdf", FileNames.clean("../../etc/passwd", FileKind.PDF));
    }

    @Test
    void dropsControlDirectionAndForbiddenCharacters() {
        assertEquals("rapportfdp.exe.pdf", FileNames.clean("rapport\u202Efdp.exe.pdf", FileKind.PDF));
        assertEquals("a bc.docx", FileNames.clean("a\u0000 \t  b|c?<>\r\n.docx", FileKind.DOCX));
        assertEquals("bijlage.pdf", FileNames.clean("...", FileKind.PDF));
        assertEquals("bijlage.png", FileNames.clean(null, FileKind.PNG));
    }

    @Test
    void endsInTheExtensionOfWhatTheFileIs() {
        assertEquals("scan.jpg", FileNames.clean("scan", FileKind.JPEG));
        assertEquals("scan.jpeg", FileNames.clean("scan.JPEG", FileKind.JPEG));
        assertEquals("Jaarverslag 2025.pdf", FileNames.clean(" Jaarverslag 2025.pdf ", FileKind.PDF));
    }

    @Test
    void keepsLettersOfAnyLanguageComposed() {
        assertEquals("Evaluatie \u00e9\u00e9n.pdf", FileNames.clean("Evaluatie e\u0301e\u0301n.pdf", FileKind.PDF));
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String cleaned = FileNames.clean("x".repeat(500) + ".xlsx", FileKind.XLSX);
        assertEquals(FileNames.MAX_LENGTH, cleaned.length());
        assertTrue(cleaned.endsWith(".xlsx"));
    }
}
