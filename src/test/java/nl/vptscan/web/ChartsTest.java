package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartsTest {

    @Test
    void barKeepsTheWholeTopicNameAndIsAsLongAsItsScore() {
        String title = "Opvang en nazorg van medewerkers na een incident met agressie of geweld door een derde";
        Charts.Bar bar = Charts.bars(List.of(new Charts.BarInput(title, 62.46, "orange"))).get(0);
        assertEquals(title, bar.label());
        assertEquals(62.5, bar.length());
        assertEquals("62%", bar.value());
        assertEquals("orange", bar.colour());
    }

    @Test
    void aZeroScoreStillShowsASliverAndNoBarRunsPastTheTrack() {
        List<Charts.Bar> bars = Charts.bars(List.of(new Charts.BarInput("a", 0, "red"), new Charts.BarInput("b", 100, "green")));
        assertEquals(0.5, bars.get(0).length());
        assertEquals("0%", bars.get(0).value());
        assertEquals(100.0, bars.get(1).length());
    }

    @Test
    void trendFitsAPhoneWithoutShrinkingItsTexts() {
        Charts.Trend trend = Charts.trend("VPT", List.of());
        assertEquals(400, trend.width(), "at most ~10 % narrower on a 390 px phone");
        assertEquals(5, trend.grid().size());
    }
}
