package nl.vptscan.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A new campaign: the questionnaire, the round number (0 for the 0-meting), the due date, optionally the opening
 * date (today when left out) and the members asked (every member of the region when left out or empty).
 */
@Serdeable
public record CampaignInput(@Nullable String questionnaire, @Nullable Integer round, @Nullable LocalDate dueOn,
                            @Nullable LocalDate opensOn, @Nullable List<Long> members) {
}
