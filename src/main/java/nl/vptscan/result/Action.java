package nl.vptscan.result;

import io.micronaut.serde.annotation.Serdeable;

/** A recommended step for the plan van aanpak: priority 1–3, suggested days to the deadline, text nl and en. */
@Serdeable
public record Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn) {
}
