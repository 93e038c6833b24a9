package nl.vptscan.questionnaire;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the Beleidsregel boeteoplegging sets as the starting amount for a violation of a provision at an employer of
 * a given size: indicative only, not a decision (the Inspectorate may raise it, for example for the number of
 * employees exposed or a further repeat).
 *
 * @param provision the legal catalogue key of the provision
 * @param offence   the offence type (OO, ODB, ZO), null when unknown
 * @param category  the fine category
 * @param base      the base amount in euros for 500 or more employees
 * @param percent   the share the employer pays for its size
 * @param amount    the base scaled by the share, in whole euros
 * @param employees the number of employees the share was taken for
 */
@Serdeable
public record IndicativeFine(String provision, String offence, int category, int base, int percent, int amount,
                             int employees) {
}
