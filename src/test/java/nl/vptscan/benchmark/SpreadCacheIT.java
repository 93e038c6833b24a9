package nl.vptscan.benchmark;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.vptscan.TestDatabase;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationInput;
import nl.vptscan.assessment.OrganisationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static nl.vptscan.benchmark.SpreadAssertions.assertSameSpread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kept spreads over MariaDB: after every change the kept (or brought up to date) spread of each group equals one
 * computed afresh from the database, including for results that become visible after results with higher ids. Each
 * test makes its own regions and members; the sectors are national, so they also hold other tests' organisations.
 */
@MicronautTest(transactional = false)
class SpreadCacheIT {

    private static final String VPT8 = "vpt-8-maatregelen";
    private static final String[] SECTORS = {"onderwijs", "openbaar-vervoer"};
    private static final LocalDate NOW = LocalDate.of(2026, 3, 10);

    @Inject
    BenchmarkQueries queries;
    @Inject
    OrganisationService organisations;
    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    TestDatabase database;

    private SpreadCache cache;
    private final List<Long> regions = new ArrayList<>();
    private final List<Long> members = new ArrayList<>();
    private final List<Long> assessments = new ArrayList<>();

    @BeforeEach
    void members() {
        cache = new SpreadCache(queries);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        regions.add(organisations.createRegion("Spreiding Noord " + suffix).id());
        regions.add(organisations.createRegion("Spreiding Zuid " + suffix).id());
        for (int i = 0; i < 8; i++) {
            members.add(organisations.create(new OrganisationInput("Spreiding lid " + i + " " + suffix, SECTORS[i % 2],
                    50, null, regions.get(i % 2), LocalDate.of(2024, 1, 1))).id());
        }
    }

    @Test
    void aNewResultUpdatesTheKeptSpreadWithoutComputingItAgain() throws Exception {
        try (ResultRows rows = new ResultRows(database)) {
            submit(rows, members.get(0), NOW.minusDays(10), 40);
            submit(rows, members.get(2), NOW.minusDays(10), 60);
            check("before");
            long computed = cache.computed();
            rows.result(assessments.get(0), VPT8, "RESCORE", NOW.minusDays(10), 80, topics(new Random(1), 80));
            submit(rows, members.get(4), NOW.minusDays(2), 70);
            check("after a re-score and a submission");
            assertEquals(computed, cache.computed());
            assertTrue(cache.updated() > 0);
        }
    }

    @Test
    void aRenameKeepsTheKeptSpread() throws Exception {
        try (ResultRows rows = new ResultRows(database)) {
            submit(rows, members.get(0), NOW.minusDays(10), 40);
            check("before");
            SpreadCache.Version before = version();
            long computed = cache.computed();
            Organisation o = organisations.get(members.get(0));
            organisations.update(o.id(), new OrganisationInput(o.name() + " (hernoemd)", o.sector(), o.employees() + 1,
                    o.kvkNumber(), o.regionId(), o.regionSince()));
            assertEquals(before, version());
            check("after a rename");
            assertEquals(computed, cache.computed());
        }
    }

    @Test
    void aMoveToAnotherRegionOrSectorOrStartDateComputesTheSpreadAgain() throws Exception {
        try (ResultRows rows = new ResultRows(database)) {
            submit(rows, members.get(0), NOW.minusDays(10), 40);
            submit(rows, members.get(2), NOW.minusDays(400), 60);
            check("before");
            long computed = cache.computed();
            move(members.get(0), regions.get(1), LocalDate.of(2024, 1, 1), SECTORS[0]);
            check("after a move to another region");
            assertTrue(cache.computed() > computed);
            computed = cache.computed();
            move(members.get(2), regions.get(0), NOW.minusDays(100), SECTORS[0]);
            check("after a later start date");
            assertTrue(cache.computed() > computed);
            computed = cache.computed();
            move(members.get(2), regions.get(0), NOW.minusDays(100), SECTORS[1]);
            check("after a change of sector");
            assertTrue(cache.computed() > computed);
        }
    }

    @Test
    void aResultCommittedAfterOneWithAHigherIdIsCounted() throws Exception {
        try (ResultRows rows = new ResultRows(database); ResultRows late = new ResultRows(database)) {
            submit(rows, members.get(0), NOW.minusDays(10), 40);
            submit(rows, members.get(2), NOW.minusDays(10), 60);
            check("before");
            late.hold();
            long lower = late.result(assessments.get(0), VPT8, "RESCORE", NOW.minusDays(10), 95, topics(new Random(2), 95));
            long higher = rows.result(assessments.get(1), VPT8, "RESCORE", NOW.minusDays(10), 65, topics(new Random(3), 65));
            assertTrue(lower < higher);
            check("with the lower id still in flight");
            late.commit();
            check("after the lower id was committed");
            long computed = cache.computed();
            check("once more");
            assertEquals(computed, cache.computed());
        }
    }

    /**
     * A random sequence of submissions, re-scores, moves, renames, late commits, rolled-back results and results
     * written with an id below the newest; after each step every group's kept spread equals a fresh one.
     */
    @Test
    void keptSpreadsEqualFreshOnesAfterEveryStep() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> gaps = new ArrayList<>();
        try (ResultRows rows = new ResultRows(database); ResultRows late = new ResultRows(database)) {
            for (long member : members) {
                submit(rows, member, NOW.minusDays(random.nextInt(900)), score(random));
            }
            check("seed " + seed + ", start");
            for (int step = 1; step <= 60; step++) {
                long member = members.get(random.nextInt(members.size()));
                String what;
                switch (random.nextInt(9)) {
                    case 0, 1 -> {
                        what = "submission by " + member;
                        submit(rows, member, NOW.minusDays(random.nextInt(900)), score(random));
                    }
                    case 2, 3 -> {
                        long assessment = assessments.get(random.nextInt(assessments.size()));
                        what = "re-score of assessment " + assessment;
                        double overall = score(random);
                        rows.result(assessment, VPT8, "RESCORE", NOW, overall, topics(random, overall));
                    }
                    case 4 -> {
                        Organisation o = organisations.get(member);
                        Long region = random.nextInt(4) == 0 ? null : regions.get(random.nextInt(regions.size()));
                        LocalDate since = region == null ? null : NOW.minusDays(random.nextInt(900));
                        String sector = random.nextBoolean() ? o.sector() : SECTORS[random.nextInt(SECTORS.length)];
                        what = "move of " + member + " to region " + region + " since " + since + ", sector " + sector;
                        move(member, region, since, sector);
                    }
                    case 5 -> {
                        what = "rename of " + member;
                        Organisation o = organisations.get(member);
                        organisations.update(member, new OrganisationInput(o.name() + "'", o.sector(), o.employees(),
                                o.kvkNumber(), o.regionId(), o.regionSince()));
                    }
                    case 6 -> {
                        long assessment = assessments.get(random.nextInt(assessments.size()));
                        what = "late commit of a result of assessment " + assessment;
                        late.hold();
                        double overall = score(random);
                        late.result(assessment, VPT8, "RESCORE", NOW, overall, topics(random, overall));
                        long other = assessments.get(random.nextInt(assessments.size()));
                        rows.result(other, VPT8, "RESCORE", NOW, overall, topics(random, score(random)));
                        check("seed " + seed + ", step " + step + ", " + what + " (in flight)");
                        late.commit();
                    }
                    case 7 -> {
                        what = "rolled-back result";
                        late.hold();
                        gaps.add(late.result(assessments.get(0), VPT8, "RESCORE", NOW, 1, topics(random, 1)));
                        late.rollback();
                    }
                    default -> {
                        long assessment = assessments.get(random.nextInt(assessments.size()));
                        double overall = score(random);
                        if (gaps.isEmpty()) {
                            what = "re-score of assessment " + assessment;
                            rows.result(assessment, VPT8, "RESCORE", NOW, overall, topics(random, overall));
                        } else {
                            long id = gaps.remove(0);
                            what = "result " + id + " written below the newest id, for assessment " + assessment;
                            rows.result(id, assessment, VPT8, "RESCORE", NOW, overall, topics(random, overall));
                        }
                    }
                }
                check("seed " + seed + ", step " + step + ", " + what);
            }
        }
        assertTrue(cache.updated() > 0, "seed " + seed + ": no kept spread was brought up to date");
    }

    private void submit(ResultRows rows, long member, LocalDate day, double overall) throws Exception {
        long assessment = rows.submitted(member, VPT8, "SELF", day, overall, topics(new Random(member + day.toEpochDay()),
                overall));
        assessments.add(assessment);
    }

    private void move(long member, Long region, LocalDate since, String sector) {
        Organisation o = organisations.get(member);
        organisations.update(member, new OrganisationInput(o.name(), sector, o.employees(), o.kvkNumber(), region,
                since));
    }

    /** A score of one decimal, often one of a few values so that ties occur. */
    private static double score(Random random) {
        return random.nextBoolean() ? 25 * random.nextInt(5) : random.nextInt(1001) / 10.0;
    }

    /** Every vpt-8 topic, some at the overall score, some not applicable. */
    private static Map<String, Double> topics(Random random, double overall) {
        Map<String, Double> topics = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            int kind = random.nextInt(4);
            topics.put("m" + i, kind == 0 ? -1.0 : kind == 1 ? overall : score(random));
        }
        return topics;
    }

    private SpreadCache.Version version() {
        return transactions.executeRead(status -> queries.version());
    }

    /** Every group's kept spread, read as a request reads it, against one computed afresh in the same transaction. */
    private void check(String when) {
        List<Scope> scopes = new ArrayList<>();
        regions.forEach(r -> scopes.add(Scope.region(r)));
        for (String sector : SECTORS) {
            scopes.add(Scope.sector(sector));
        }
        transactions.executeRead(status -> {
            SpreadCache.Version version = queries.version();
            for (Scope scope : scopes) {
                assertSameSpread(queries.spread(scope, VPT8), cache.get(scope, VPT8, version),
                        when + ": " + scope.where() + " = " + scope.value());
            }
            return null;
        });
    }
}
