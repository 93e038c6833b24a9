package nl.vptscan.registration;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import keeps of a registration export: aggregates over the incidents dated from {@code from} to {@code to}
 * (the 12 months up to the import date), never a row. {@code rows} counts every incident in the file.
 */
@Serdeable
public record Figures(LocalDate from, LocalDate to, int rows, int incidents, int knownPerpetrator,
                      int respondedWithin48h, int crimes, int policeReports, int damageWithKnownPerpetrator,
                      int damageClaimed, int aftercare, BigDecimal absenceDays, List<Count> byType,
                      List<Count> byJobGroup) {

    /** The number of incidents of one type or job group, labelled as the export first wrote it. */
    @Serdeable
    public record Count(String label, int incidents) {
    }

    /** A share: how many of how many, and the percentage rounded to one decimal (null when there are none). */
    @Serdeable
    public record Share(int count, int of, BigDecimal percent) {

        static Share of(int count, int of) {
            if (of == 0) {
                return new Share(count, of, null);
            }
            BigDecimal percent = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
            BigDecimal plain = percent.stripTrailingZeros();
            return new Share(count, of, plain.scale() < 0 ? plain.setScale(0) : plain);
        }
    }

    public Figures {
        byType = List.copyOf(byType);
        byJobGroup = List.copyOf(byJobGroup);
    }

    public Share share(Figure figure) {
        return switch (figure) {
            case RESPONSE_WITHIN_48H -> Share.of(respondedWithin48h, knownPerpetrator);
            case POLICE_REPORT -> Share.of(policeReports, crimes);
            case DAMAGE_CLAIMED -> Share.of(damageClaimed, damageWithKnownPerpetrator);
            case AFTERCARE -> Share.of(aftercare, incidents);
        };
    }
}
