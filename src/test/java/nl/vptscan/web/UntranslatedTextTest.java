package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UntranslatedTextTest {

    @Test
    void reportsWordsBetweenTags() {
        assertEquals(List.of("line 2: Opslaan"), UntranslatedText.find("<form>\n<button>Opslaan</button></form>"));
    }

    @Test
    void acceptsTextThatThymeleafReplaces() {
        assertEquals(List.of(), UntranslatedText.find("<p th:text=\"#{a.b}\">voorbeeld <b>vet</b></p>"));
    }

    @Test
    void acceptsPunctuationAndExpressions() {
        assertEquals(List.of(), UntranslatedText.find("<p><span th:text=\"${x}\"></span> · 12% → <i>–</i></p>"));
    }

    @Test
    void reportsLiteralAccessibleNames() {
        assertEquals(List.of("line 1: aria-label=\"Menu\""), UntranslatedText.find("<nav aria-label=\"Menu\"></nav>"));
    }

    @Test
    void acceptsTranslatedAccessibleNames() {
        assertEquals(List.of(), UntranslatedText.find("<nav th:attr=\"aria-label=#{nav}\" th:aria-label=\"#{nav}\"></nav>"));
    }

    @Test
    void ignoresCommentsScriptsAndVoidElements() {
        assertEquals(List.of(), UntranslatedText.find("<!-- uitleg --><script>let tekst = 1;</script><input type=\"text\"><br>"));
    }

    @Test
    void reportsTextAfterAReplacedElementCloses() {
        assertEquals(List.of("line 1: nee"), UntranslatedText.find("<div><p th:text=\"#{x}\">ja</p>nee</div>"));
    }
}
