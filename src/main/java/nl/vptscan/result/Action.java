package nl.vptscan.result;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A recommended step for the plan van aanpak: priority 1–3, suggested days to the deadline, text nl and en; and
 * what the plan needs of it: the suggested owner role (key, Dutch and English name), the ids of the findings whose
 * actions must come first ({@code after}), the RI&E risk or job group it addresses and how completion is checked.
 * A result stored before these were kept reads with them empty.
 */
@Serdeable
public record Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn,
                     @Nullable String ownerRole, @Nullable String ownerNl, @Nullable String ownerEn, List<String> after,
                     @Nullable String groupNl, @Nullable String groupEn, @Nullable String checkNl,
                     @Nullable String checkEn) {

    @Creator
    public Action {
        after = after == null ? List.of() : List.copyOf(after);
    }

    /** An action without plan hints, as results were stored before they were kept. */
    public Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn) {
        this(ruleId, topic, priority, dueInDays, textNl, textEn, null, null, null, List.of(), null, null, null, null);
    }
}
