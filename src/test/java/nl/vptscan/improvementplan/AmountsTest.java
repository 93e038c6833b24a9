package nl.vptscan.improvementplan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts typed as text in a plan cell, read as their writer meant them. */
class AmountsTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "1.500|nl|1500",
            "1.500,00|nl|1500.00",
            "€ 1.500|nl|1500",
            "€ 1.500,00|nl|1500.00",
            "€1.500,-|nl|1500",
            "EUR 2.000.000|nl|2000000",
            "1500|nl|1500",
            "1,5|nl|1.5",
            "1500.50|nl|1500.50",
            "1 500,00|nl|1500.00",
            "12,345|nl|12.345",
            "1,500.00|en|1500.00",
            "1,500|en|1500",
            "€ 1,500|en|1500",
            "1.500|en|1.500",
            "1.500,00|en|1500.00",
            "0,00|nl|0.00",
    })
    void readsAmountsAsWritten(String text, String lang, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), Amounts.parse(text, lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "€", "abc", "1.50.0", "1,5,0", "12.34,5.6", "1..500", "€ 1.5OO", "1.500,", "--5"})
    void refusesWhatIsNoAmount(String text) {
        assertEquals(Optional.empty(), Amounts.parse(text, "nl"));
    }
}
