package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A VPT intensification region (VPT-regio) that coordinates member organisations. */
@Serdeable
@MappedEntity("region")
public record Region(@Id @GeneratedValue @Nullable Long id, String name, Instant createdAt) {
}
