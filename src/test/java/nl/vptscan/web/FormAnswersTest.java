package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers, percentages and dates as people type them on a page. */
class FormAnswersTest {

    @Test
    void readsDutchNumbers() {
        assertEquals(1500.0, FormAnswers.number("1.500"));
        assertEquals(2.5, FormAnswers.number("2,5"));
        assertEquals(2.5, FormAnswers.number("2.5"));
        assertEquals(1500.25, FormAnswers.number("1.500,25"));
        assertEquals(12000000.0, FormAnswers.number("12.000.000"));
        assertEquals(7.0, FormAnswers.number(" 7 "));
    }

    @Test
    void passesWhatIsNoNumberOnAsTyped() {
        assertEquals("twaalf", FormAnswers.number("twaalf"));
        assertEquals("1,500.5", FormAnswers.number("1,500.5"));
    }

    @Test
    void readsPercentagesWithOrWithoutASign() {
        assertEquals(80.0, FormAnswers.percentage("80%"));
        assertEquals(80.0, FormAnswers.percentage("80 %"));
        assertEquals(80.5, FormAnswers.percentage("80,5"));
        assertEquals(80.5, FormAnswers.percentage("80,5%"));
        assertEquals("veel%", FormAnswers.percentage("veel%"));
    }

    @Test
    void readsDutchDatesAndThePickersDates() {
        assertEquals("2026-03-01", FormAnswers.date("01-03-2026"));
        assertEquals("2026-03-01", FormAnswers.date("1-3-2026"));
        assertEquals("2026-03-01", FormAnswers.date("2026-03-01"));
        assertEquals("31-2-2026", FormAnswers.date("31-2-2026"));
        assertEquals("gisteren", FormAnswers.date("gisteren"));
    }
}
