package nl.vptscan.evidence;

import nl.vptscan.evidence.AttachmentRefused.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSnifferTest {

    @Nested
    class Accepts {

        @Test
        void aPdf() {
            assertEquals(FileKind.PDF, ContentSniffer.sniff(Documents.pdf(), "beleid.pdf"));
        }

        @Test
        void wordAndExcelOfBothGenerations() {
            assertEquals(FileKind.DOCX, ContentSniffer.sniff(Documents.docx(), "protocol.docx"));
            assertEquals(FileKind.XLSX, ContentSniffer.sniff(Documents.xlsx(), "registratie.xlsx"));
            assertEquals(FileKind.XLS, ContentSniffer.sniff(Documents.xls(null), "registratie.xls"));
            assertEquals(FileKind.DOC, ContentSniffer.sniff(Documents.doc(false), "protocol.doc"));
        }

        @Test
        void images() {
            assertEquals(FileKind.PNG, ContentSniffer.sniff(Documents.image("png"), "poster.png"));
            assertEquals(FileKind.JPEG, ContentSniffer.sniff(Documents.image("jpg"), "poster.jpeg"));
            assertEquals(FileKind.GIF, ContentSniffer.sniff(Documents.image("gif"), "poster.gif"));
        }

        @Test
        void whateverTheClientCallsAFileWithoutAKnownEnding() {
            assertEquals(FileKind.PDF, ContentSniffer.sniff(Documents.pdf(), "scan"));
            assertEquals(FileKind.DOCX, ContentSniffer.sniff(Documents.docx(), "protocol.bestand"));
        }
    }

    @Nested
    class Refuses {

        @Test
        void aProgramNamedPdf() {
            assertEquals(Reason.DISGUISED, reason(Documents.exe(), "beleid.pdf"));
        }

        @Test
        void aProgramWhateverItsName() {
            assertEquals(Reason.UNKNOWN_TYPE, reason(Documents.exe(), "setup.exe"));
            assertEquals(Reason.UNKNOWN_TYPE, reason("gewoon tekst".getBytes(), "notitie"));
        }

        @Test
        void aDocumentNamedAsAnotherKind() {
            assertEquals(Reason.DISGUISED, reason(Documents.docx(), "beleid.pdf"));
        }

        @Test
        void anEmptyFile() {
            assertEquals(Reason.EMPTY, reason(new byte[0], "leeg.pdf"));
        }

        @Test
        void encryptedDocuments() {
            assertEquals(Reason.ENCRYPTED, reason(Documents.encryptedPdf(), "geheim.pdf"));
            assertEquals(Reason.ENCRYPTED, reason(Documents.encryptedDocx(), "geheim.docx"));
            assertEquals(Reason.ENCRYPTED, reason(Documents.xls("geheim"), "geheim.xls"));
            assertEquals(Reason.ENCRYPTED, reason(Documents.doc(true), "geheim.doc"));
        }

        @Test
        void documentsWithMacros() {
            assertEquals(Reason.MACROS, reason(Documents.macroDocx(), "macro.docm"));
        }

        @Test
        void cutOffDocuments() {
            byte[] docx = Documents.docx();
            assertEquals(Reason.MALFORMED, reason(Arrays.copyOf(docx, docx.length / 2), "half.docx"));
            byte[] pdf = Documents.pdf(50_000);
            assertEquals(Reason.MALFORMED, reason(Arrays.copyOf(pdf, pdf.length / 2), "half.pdf"));
            byte[] xls = Documents.xls(null);
            assertEquals(Reason.MALFORMED, reason(Arrays.copyOf(xls, 600), "half.xls"));
        }

        @Test
        void aZipBombBeforeUnpackingIt() {
            byte[] bomb = Documents.zipBomb(200);
            AttachmentRefused refused = assertThrows(AttachmentRefused.class, () -> ContentSniffer.sniff(bomb, "bom.xlsx"));
            assertEquals(Reason.MALFORMED, refused.reason());
            assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
        }

        @Test
        void aZipThatIsNoOfficeDocument() {
            assertEquals(Reason.UNKNOWN_TYPE, reason(Documents.zipOfText(), "archief.zip"));
            assertEquals(Reason.DISGUISED, reason(Documents.zipOfText(), "archief.xlsx"));
        }

        private Reason reason(byte[] content, String name) {
            return assertThrows(AttachmentRefused.class, () -> ContentSniffer.sniff(content, name)).reason();
        }
    }
}
