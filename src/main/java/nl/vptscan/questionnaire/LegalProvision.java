package nl.vptscan.questionnaire;

/**
 * One provision of the legal catalogue ({@code rules/legal.yaml}): how it is cited, what it says in one line, and
 * for a provision of the law the offence type and fine of the Beleidsregel boeteoplegging where known.
 *
 * @param kind         a law, or a programme norm that is not law (a VPT measure, an agreement)
 * @param offence      {@code OO}, {@code ODB} or {@code ZO}; null when unknown or not law
 * @param fineCategory 1–7, null when unknown
 * @param fineBase     base amount in euros for 500 or more employees (the category's amount under {@code fines}), null when unknown
 */
public record LegalProvision(String key, Kind kind, Text citation, Text summary, String offence,
                             Integer fineCategory, Integer fineBase) {

    /** Whether a provision is law or a programme norm. */
    public enum Kind { LAW, PROGRAMME }
}
