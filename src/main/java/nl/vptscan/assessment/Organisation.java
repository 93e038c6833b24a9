package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** An employer with a public task whose aggression policy is assessed; optionally a member of a VPT region. */
@Serdeable
@MappedEntity("organisation")
public record Organisation(@Id @GeneratedValue @Nullable Long id, String name, String sector, int employees,
                           @Nullable String kvkNumber, @Nullable Long regionId, @Nullable LocalDate regionSince,
                           Instant createdAt, Instant updatedAt) {
}
