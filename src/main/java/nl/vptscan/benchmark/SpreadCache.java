package nl.vptscan.benchmark;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The groups' spreads computed last, kept while the data they were computed from is unchanged. A spread depends
 * only on submitted results, which are never changed or removed (rescoring adds one), and on organisations'
 * region, start date in it and sector, whose every change stamps the organisation's {@code updated_at}; so the
 * newest result id, the newest organisation change and the number of organisations (a removed one stamps
 * nothing), read in the same transaction as the spread, tell whether a kept spread still holds. At most {@link #ENTRIES} groups are kept, the least recently used dropped first.
 */
@Singleton
class SpreadCache {

    static final int ENTRIES = 64;

    /** The state of the data a spread was computed from. */
    record Version(long lastResult, long lastOrganisationChange, long organisations) {
    }

    private record Key(String condition, Object value, String questionnaireId) {
    }

    private record Entry(Version version, Spread spread) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The scope's spread for the data at {@code version}: the kept one, or a newly computed one kept from now on. */
    Spread get(Scope scope, String questionnaireId, Version version, Supplier<Spread> compute) {
        Key key = new Key(scope.where(), scope.value(), questionnaireId);
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null && kept.version().equals(version)) {
                return kept.spread();
            }
        }
        Spread spread = compute.get();
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept == null || newer(version, kept.version())) {
                entries.put(key, new Entry(version, spread));
            }
        }
        return spread;
    }

    private static boolean newer(Version a, Version b) {
        return a.lastResult() >= b.lastResult() && a.lastOrganisationChange() >= b.lastOrganisationChange();
    }
}
