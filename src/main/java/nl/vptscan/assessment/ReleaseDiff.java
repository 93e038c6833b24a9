package nl.vptscan.assessment;

import jakarta.inject.Singleton;
import nl.vptscan.scoring.Scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores every submitted assessment with the current ruleset beside its stored result and reports what would move,
 * page by page (each page in a short read-only transaction), storing nothing.
 */
@Singleton
public class ReleaseDiff {

    static final int PAGE_SIZE = 200;

    private static final Comparator<ReleaseDiffReport.FindingMove> BY_FIELDS =
            Comparator.comparing(ReleaseDiffReport.FindingMove::ruleId)
                    .thenComparing(ReleaseDiffReport.FindingMove::oldSeverity)
                    .thenComparing(ReleaseDiffReport.FindingMove::newSeverity)
                    .thenComparing(ReleaseDiffReport.FindingMove::oldLegal)
                    .thenComparing(ReleaseDiffReport.FindingMove::newLegal);

    private final ReleaseDiffPages pages;
    private final Scorer scorer;

    ReleaseDiff(ReleaseDiffPages pages, Scorer scorer) {
        this.pages = pages;
        this.scorer = scorer;
    }

    public ReleaseDiffReport run() {
        Map<String, Integer> added = new TreeMap<>();
        Map<String, Integer> removed = new TreeMap<>();
        Map<ReleaseDiffReport.FindingMove, Integer> moved = new TreeMap<>(BY_FIELDS);
        List<ReleaseDiffReport.Change> changed = new ArrayList<>();
        int compared = 0;
        long after = 0;
        while (true) {
            ReleaseDiffPages.Page page = pages.page(after, PAGE_SIZE);
            compared += page.compared();
            for (ReleaseDiffReport.Change change : page.changed()) {
                changed.add(change);
                change.findingsAdded().forEach(id -> added.merge(id, 1, Integer::sum));
                change.findingsRemoved().forEach(id -> removed.merge(id, 1, Integer::sum));
                change.findingsChanged().forEach(move -> moved.merge(move, 1, Integer::sum));
            }
            if (page.lastId() == null) {
                break;
            }
            after = page.lastId();
        }
        List<ReleaseDiffReport.FindingMoveCount> counts = moved.entrySet().stream()
                .map(e -> new ReleaseDiffReport.FindingMoveCount(e.getKey().ruleId(), e.getKey().oldSeverity(),
                        e.getKey().newSeverity(), e.getKey().oldLegal(), e.getKey().newLegal(), e.getValue()))
                .toList();
        return new ReleaseDiffReport(scorer.rulesetVersion(), compared, changed.size(), added, removed, counts,
                changed);
    }
}
