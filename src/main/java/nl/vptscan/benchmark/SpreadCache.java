package nl.vptscan.benchmark;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The groups' spreads, kept and brought up to date with the results stored since, instead of computed again.
 *
 * <p>A spread depends on submitted results and on organisations' region, start date in it and sector. Results are
 * only ever added (a submission adds one, a re-score adds one to the same assessment; a submitted assessment never
 * goes back to draft), an organisation is removed only while it has no assessments, and every move between groups
 * stamps {@code organisation.grouped_at} with a stamp later than every other. So a kept spread still holds while
 * the {@link Version} (newest result id, newest grouping stamp and how many organisations carry it, number of
 * organisations) read in the request's transaction is the same; when only the newest result id grew, the spread
 * is brought up to date: the results that arrived since are looked up with their members in the group, those
 * members' latest results are read again, and each member whose latest result changed has its old result's bars
 * taken out of the kept histogram and its new one's put in. Any other change, or more than
 * {@link #CHANGED_AT_MOST} changed members or {@link #LOOKED_AT_MOST} results to look at, computes the spread anew.
 *
 * <p>Result ids are given out when a row is inserted, not when it is committed: a result with a lower id can
 * become visible after one with a higher id (two submissions in flight, a long transaction), and a rolled-back
 * insert leaves an id that never appears. Looking only above the kept newest id would miss such a result for
 * good. So each kept spread remembers the ids at or below its newest that were not visible when it looked (its
 * unseen ids) and looks at them again on every check, until they appear; a full computation remembers those among
 * the {@link #RECENT} ids below the newest, where results still in flight are. A transaction open longer than that
 * (or an id given out further back) and permanently missing ids are bounded by age instead: a spread older than
 * {@link #MAX_AGE_MINUTES} minutes is computed anew, which also drops its unseen ids.
 *
 * <p>Everything is read from the database in the request's transaction, so several service instances on one
 * database each keep their own spreads and stay right. At most {@link #ENTRIES} groups are kept, the least
 * recently used dropped first; each is brought up to date by one request at a time. Bringing up to date is keyed
 * on each member's latest result id, so a result seen twice (read again after it was already counted, as when the
 * transaction sees each statement's own state) changes nothing the second time.
 */
@Singleton
class SpreadCache {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadCache.class);

    static final int ENTRIES = 64;
    /** Members whose latest result changed, beyond which a spread is computed anew rather than updated. */
    static final int CHANGED_AT_MOST = 200;
    /** Result ids to look at, beyond which a spread is computed anew rather than updated. */
    static final int LOOKED_AT_MOST = 5_000;
    /** Ids below the newest that a full computation remembers as unseen when they are not visible. */
    static final int RECENT = 1_000;
    static final long MAX_AGE_MINUTES = 5;

    /** The state of the data a spread was computed from. */
    record Version(long lastResult, long lastGrouping, long groupedLast, long organisations) {

        /** Whether no organisation was added, removed or moved between groups from {@code kept} to this one. */
        boolean sameGroups(Version kept) {
            return lastGrouping == kept.lastGrouping && groupedLast == kept.groupedLast
                    && organisations == kept.organisations;
        }
    }

    private record Key(String condition, Object value, String questionnaireId) {
    }

    /** A group's spread, the histogram it came from and each member's latest result id in it. */
    private static final class Kept {
        private final Histogram histogram;
        private final Map<Long, Long> latest;
        private final long computedAt;
        private volatile Version version;
        private volatile Spread spread;
        private Set<Long> unseen;
        private boolean forgotten;

        private Kept(Histogram histogram, Map<Long, Long> latest, long computedAt, Version version, Set<Long> unseen) {
            this.histogram = histogram;
            this.latest = latest;
            this.computedAt = computedAt;
            this.version = version;
            this.spread = histogram.spread();
            this.unseen = unseen;
        }
    }

    private final Map<Key, Kept> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > ENTRIES;
        }
    };

    private final BenchmarkQueries queries;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();

    SpreadCache(BenchmarkQueries queries) {
        this.queries = queries;
    }

    /**
     * The scope's spread for the data at {@code version}, read in the caller's transaction: the kept one, brought
     * up to date when only results were added, or a newly computed one kept from now on.
     */
    Spread get(Scope scope, String questionnaireId, Version version) {
        Key key = new Key(scope.where(), scope.value(), questionnaireId);
        Kept kept;
        synchronized (entries) {
            kept = entries.get(key);
        }
        if (kept != null) {
            synchronized (kept) {
                if (usable(kept, version)) {
                    if (version.lastResult() == kept.version.lastResult() && kept.unseen.isEmpty()) {
                        return kept.spread;
                    }
                    if (catchUp(kept, scope, questionnaireId, version)) {
                        return kept.spread;
                    }
                }
            }
        }
        Kept fresh = compute(scope, questionnaireId, version);
        synchronized (entries) {
            Kept old = entries.get(key);
            if (old == null || newer(version, old.version)) {
                entries.put(key, fresh);
            }
        }
        return fresh.spread;
    }

    /** How many spreads were computed in full. */
    long computed() {
        return computed.get();
    }

    /** How many times a kept spread was brought up to date with new results. */
    long updated() {
        return updated.get();
    }

    private boolean usable(Kept kept, Version version) {
        return !kept.forgotten && version.sameGroups(kept.version) && version.lastResult() >= kept.version.lastResult()
                && System.nanoTime() - kept.computedAt < TimeUnit.MINUTES.toNanos(MAX_AGE_MINUTES);
    }

    private Kept compute(Scope scope, String questionnaireId, Version version) {
        long now = System.nanoTime();
        // the visible ids are read before the histogram: one that becomes visible in between (when the transaction
        // sees each statement's own state) is then looked at again, never missed
        long from = Math.max(0, version.lastResult() - RECENT);
        Set<Long> unseen = unseen(from, version.lastResult(), Set.of(), queries.resultIds(from, version.lastResult()));
        Map<Long, Long> latest = new HashMap<>();
        Histogram histogram = queries.histogram(scope, questionnaireId, latest);
        computed.incrementAndGet();
        return new Kept(histogram, latest, now, version, unseen);
    }

    /**
     * Brings a kept spread up to {@code version} with the results that arrived since it was kept; false when there
     * are too many to make that worth it (the kept spread untouched) or the kept spread turns out not to hold any
     * more (then it is dropped).
     */
    private boolean catchUp(Kept kept, Scope scope, String questionnaireId, Version version) {
        long from = kept.version.lastResult();
        long upto = version.lastResult();
        if (upto - from + kept.unseen.size() > LOOKED_AT_MOST) {
            return false;
        }
        List<BenchmarkQueries.Arrival> arrivals = queries.arrived(scope, questionnaireId, from, upto, kept.unseen);
        Set<Long> members = new HashSet<>();
        List<Long> visible = new ArrayList<>(arrivals.size());
        for (BenchmarkQueries.Arrival arrival : arrivals) {
            visible.add(arrival.resultId());
            if (arrival.organisationId() != null) {
                members.add(arrival.organisationId());
            }
        }
        if (members.size() > CHANGED_AT_MOST) {
            return false;
        }
        Map<Long, Long[]> changes = new HashMap<>();
        if (!members.isEmpty()) {
            Map<Long, Long> now = queries.latest(scope.only(List.copyOf(members)), questionnaireId);
            for (Long member : members) {
                Long before = kept.latest.get(member);
                Long after = now.get(member);
                if (!Objects.equals(before, after)) {
                    changes.put(member, new Long[]{before, after});
                }
            }
        }
        if (!changes.isEmpty()) {
            List<Long> results = changes.values().stream().flatMap(Arrays::stream)
                    .filter(Objects::nonNull).toList();
            Map<Long, List<BenchmarkQueries.Bar>> bars = queries.bars(results);
            if (!bars.keySet().containsAll(results)) {
                return false;
            }
            try {
                changes.forEach((member, change) -> {
                    if (change[0] != null) {
                        bars.get(change[0]).forEach(b ->
                                kept.histogram.removeOne(b.topic(), b.score(), b.level(), b.unmet()));
                        kept.latest.remove(member);
                    }
                    if (change[1] != null) {
                        bars.get(change[1]).forEach(b ->
                                kept.histogram.addOne(b.topic(), b.score(), b.level(), b.unmet()));
                        kept.latest.put(member, change[1]);
                    }
                });
            } catch (IllegalStateException e) {
                // a result's bars differ from those it was counted with: the kept histogram cannot be trusted
                LOG.warn("Kept benchmark spread of {} = {} dropped: {}", scope.where(), scope.value(), e.getMessage());
                forget(kept);
                return false;
            }
            kept.spread = kept.histogram.spread();
        }
        kept.unseen = unseen(from, upto, kept.unseen, visible);
        kept.version = version;
        updated.incrementAndGet();
        return true;
    }

    /** The ids in ({@code from}, {@code upto}] and the earlier unseen ones that are still not visible. */
    private static Set<Long> unseen(long from, long upto, Set<Long> before, List<Long> visible) {
        Set<Long> unseen = new TreeSet<>(before);
        for (long id = from + 1; id <= upto; id++) {
            unseen.add(id);
        }
        visible.forEach(unseen::remove);
        return unseen;
    }

    /** Drops a kept spread that can no longer be trusted, so the next request computes it anew. */
    private void forget(Kept kept) {
        kept.forgotten = true;
        synchronized (entries) {
            entries.values().removeIf(k -> k == kept);
        }
    }

    private static boolean newer(Version a, Version b) {
        return a.lastResult() >= b.lastResult() && a.lastGrouping() >= b.lastGrouping();
    }
}
