package nl.vptscan.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One measurement round of a region: which questionnaire, from when, due by when, asked by whom. */
@MappedEntity("campaign")
record Campaign(@Id @GeneratedValue @Nullable Long id, Long regionId, String questionnaireId, int roundNumber,
                LocalDate opensOn, LocalDate dueOn, String createdBy, Instant createdAt) {
}
