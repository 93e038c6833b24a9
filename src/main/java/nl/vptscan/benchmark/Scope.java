package nl.vptscan.benchmark;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which organisations a query covers: the members of a region, a sector nationally, or one organisation. A region
 * counts a member's assessments only from the day it joined ({@code since}): a result from before belongs to the
 * organisation, not to the region's figures.
 */
record Scope(String condition, Object value, String since) {

    private static final String ANY_TIME = "1 = 1";

    static Scope region(long regionId) {
        return new Scope("o.region_id = ?", regionId, "(o.region_since IS NULL OR a.submitted_at >= o.region_since)");
    }

    static Scope sector(String sector) {
        return new Scope("o.sector = ?", sector, ANY_TIME);
    }

    static Scope organisation(long organisationId) {
        return new Scope("o.id = ?", organisationId, ANY_TIME);
    }

    /** The same scope narrowed to the given organisations (ids, so safe to write into the SQL). */
    Scope only(List<Long> organisationIds) {
        String ids = organisationIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new Scope(condition + " AND o.id IN (" + ids + ")", value, since);
    }

    /** The SQL condition on organisation {@code o} and assessment {@code a}. */
    String where() {
        return condition + " AND " + since;
    }
}
