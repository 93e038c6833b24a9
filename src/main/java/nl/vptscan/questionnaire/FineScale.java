package nl.vptscan.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fine amounts of the Beleidsregel boeteoplegging arbeidsomstandighedenwetgeving as the legal catalogue holds
 * them: the base amount (normbedrag) per category for 500 or more employees, and the share smaller employers pay.
 *
 * @param source     where the figures come from (nl, en)
 * @param categories base amount in euros per category
 * @param shares     the share per size band, smallest band first; the last band has no upper bound
 */
public record FineScale(Text source, SortedMap<Integer, Integer> categories, List<SizeShare> shares) {

    /** Employers with fewer than {@code below} employees (any number when null) pay {@code percent} of the base. */
    public record SizeShare(Integer below, int percent) {
    }

    public FineScale {
        categories = new TreeMap<>(Map.copyOf(categories));
        shares = List.copyOf(shares);
    }

    /** The base amount of a category, if the scale has it. */
    public Optional<Integer> base(int category) {
        return Optional.ofNullable(categories.get(category));
    }

    /** The percentage of the base an employer of this size pays. */
    public int percent(int employees) {
        return shares.stream().filter(s -> s.below() == null || employees < s.below()).findFirst()
                .orElseThrow().percent();
    }

    /**
     * The indicative fine for a provision at an employer of this size, when the catalogue gives the provision a
     * fine category: the base amount scaled by the size share, rounded down to whole euros.
     */
    public Optional<IndicativeFine> indicative(LegalProvision provision, int employees) {
        if (provision.fineCategory() == null) {
            return Optional.empty();
        }
        return base(provision.fineCategory()).map(base -> {
            int percent = percent(employees);
            return new IndicativeFine(provision.key(), provision.offence(), provision.fineCategory(), base, percent,
                    (int) ((long) base * percent / 100), employees);
        });
    }
}
