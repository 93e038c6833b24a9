package nl.vptscan.benchmark;

/** Which organisations a query covers: the members of a region, a sector nationally, or one organisation. */
record Scope(String condition, Object value) {

    static Scope region(long regionId) {
        return new Scope("o.region_id = ?", regionId);
    }

    static Scope sector(String sector) {
        return new Scope("o.sector = ?", sector);
    }

    static Scope organisation(long organisationId) {
        return new Scope("o.id = ?", organisationId);
    }
}
