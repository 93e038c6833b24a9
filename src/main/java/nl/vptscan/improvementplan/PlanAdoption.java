package nl.vptscan.improvementplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The adoption of a plan van aanpak: who adopted it (a name or body, such as "directie, J. de Vries"), on which
 * date, whether the works council (OR) or staff representation was consulted and on which date; and who recorded
 * this, when.
 */
@Serdeable
@MappedEntity("plan_adoption")
public record PlanAdoption(@Id Long assessmentId, String adoptedBy, LocalDate adoptedOn,
                           boolean worksCouncilConsulted, @Nullable LocalDate worksCouncilOn, String recordedBy,
                           Instant recordedAt) {
}
