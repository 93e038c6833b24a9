package nl.vptscan.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A registration import as stored: who imported which source when, and the aggregates (never a row of the export). */
@MappedEntity("registration_import")
record ImportRow(@Id @GeneratedValue @Nullable Long id, long assessmentId, String source, String importedBy,
                 Instant importedAt, LocalDate periodFrom, LocalDate periodTo, int rowsRead, int incidents,
                 int knownPerpetrator, @MappedProperty("responded_48h") int responded48h, int crimes,
                 int policeReports, int damageKnown, int damageClaimed, int aftercare, BigDecimal absenceDays,
                 @Nullable String acceptedBy, @Nullable Instant acceptedAt) {

    static ImportRow of(long assessmentId, String source, String actor, Instant now, Figures f) {
        return new ImportRow(null, assessmentId, source, actor, now, f.from(), f.to(), f.rows(), f.incidents(),
                f.knownPerpetrator(), f.respondedWithin48h(), f.crimes(), f.policeReports(),
                f.damageWithKnownPerpetrator(), f.damageClaimed(), f.aftercare(), f.absenceDays(), null, null);
    }

    Figures figures(java.util.List<Figures.Count> byType, java.util.List<Figures.Count> byJobGroup) {
        return new Figures(periodFrom, periodTo, rowsRead, incidents, knownPerpetrator, responded48h, crimes,
                policeReports, damageKnown, damageClaimed, aftercare, absenceDays, byType, byJobGroup);
    }

    ImportRow accepted(String actor, Instant at) {
        return new ImportRow(id, assessmentId, source, importedBy, importedAt, periodFrom, periodTo, rowsRead,
                incidents, knownPerpetrator, responded48h, crimes, policeReports, damageKnown, damageClaimed,
                aftercare, absenceDays, actor, at);
    }
}
