package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.questionnaire.IndicativeFine;
import nl.vptscan.questionnaire.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * A re-inspection (hercontrole) beside the audit it follows up: per earlier eis or waarschuwing whether it is met
 * now, and whether an unmet one is a repeat (herhaalde overtreding) because its deadline has passed, with the
 * indicative fine of the Beleidsregel boeteoplegging scaled for the organisation's size. The fine is indicative,
 * never a decision: the Inspectorate decides, and may raise it.
 *
 * @param checkedOn the day of the check: the re-inspection's submission, or today while it is a draft
 * @param employees the organisation's number of employees the fines are scaled for
 * @param fineSource where the fine amounts come from; null when the legal catalogue holds no fines
 * @param fineNotice that every fine is indicative, in English for API clients ({@link #FINE_NOTICE})
 */
@Serdeable
public record Reinspection(long followUpId, long earlierId, long organisationId, String questionnaireId,
                           Assessment.Status followUpStatus, LocalDate checkedOn, int employees,
                           @Nullable Text fineSource, String fineNotice, List<DemandCheck> demands) {

    /** Said with every indicative fine in the API. */
    public static final String FINE_NOTICE = "Indicative only, not a decision: the base amount of the Beleidsregel "
            + "boeteoplegging arbeidsomstandighedenwetgeving for the provision's fine category, scaled for the "
            + "organisation's size; raises (employees exposed, further repeats) are not included.";

    public Reinspection {
        demands = List.copyOf(demands);
    }

    /** Whether an earlier demand is met in the re-inspection. */
    public enum Outcome {
        /** The re-inspection judges the topic in orde or gives advice only (or, without a verdict, at level 3 or 4). */
        MET,
        /** The re-inspection gives a waarschuwing or eis again (or, without a verdict, a level below 3). */
        NOT_MET,
        /** The re-inspection is a draft without a verdict on the topic yet. */
        NOT_YET_JUDGED
    }

    /**
     * One earlier eis or waarschuwing and what the re-inspection finds.
     *
     * @param verdictNow the re-inspection's verdict on the topic, null when it has none
     * @param levelNow   the topic's level in the submitted re-inspection, null while it is a draft
     * @param repeat     unmet after its deadline: a repeat offence (herhaalde overtreding)
     * @param indicativeFine for a repeat, the heaviest fine among the topic's provisions; null otherwise or when
     *                   the catalogue gives none of them a fine category
     */
    @Serdeable
    public record DemandCheck(String topic, Verdict earlierVerdict, @Nullable String earlierNote,
                              @Nullable LocalDate deadline, @Nullable Verdict verdictNow, @Nullable Integer levelNow,
                              Outcome outcome, boolean deadlinePassed, boolean repeat,
                              @Nullable IndicativeFine indicativeFine) {
    }

    /** The number of repeats. */
    public long repeats() {
        return demands.stream().filter(DemandCheck::repeat).count();
    }
}
