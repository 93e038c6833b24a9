package nl.vptscan.scoring.fact;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;

/**
 * A recommended improvement for the plan van aanpak: what to do, how urgent (priority 1 = highest) and a
 * suggested deadline in days from the assessment, and the role suggested to own it ({@code ownerRole}, with its
 * Dutch and English name). It carries the id of the finding it answers, the ids of the findings whose actions must
 * come first, the RI&E risk or job group it addresses and how its completion is checked.
 */
@Serdeable
public record Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn,
                     String ownerRole, String ownerNl, String ownerEn, List<String> after, @Nullable String groupNl,
                     @Nullable String groupEn, @Nullable String checkNl, @Nullable String checkEn) {

    @Creator
    public Action {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(textNl, "textNl");
        Objects.requireNonNull(textEn, "textEn");
        if (priority < 1 || priority > 3) {
            throw new IllegalArgumentException("priority must be 1, 2 or 3, not " + priority);
        }
        if (dueInDays < 1) {
            throw new IllegalArgumentException("dueInDays must be positive, not " + dueInDays);
        }
        ownerRole = ownerRole == null ? "" : ownerRole;
        ownerNl = ownerNl == null ? "" : ownerNl;
        ownerEn = ownerEn == null ? "" : ownerEn;
        after = after == null ? List.of() : List.copyOf(after);
    }

    /** An action with a suggested owner but no plan hints (nothing first, no group, no completion check). */
    public Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn,
                  String ownerRole, String ownerNl, String ownerEn) {
        this(ruleId, topic, priority, dueInDays, textNl, textEn, ownerRole, ownerNl, ownerEn, List.of(), null, null,
                null, null);
    }

    /** An action without a suggested owner, as stored before owners were suggested. */
    public Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn) {
        this(ruleId, topic, priority, dueInDays, textNl, textEn, "", "", "", List.of(), null, null, null, null);
    }

    public Action withRuleId(String id) {
        return new Action(id, topic, priority, dueInDays, textNl, textEn, ownerRole, ownerNl, ownerEn, after, groupNl,
                groupEn, checkNl, checkEn);
    }
}
