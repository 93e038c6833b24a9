package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.result.Finding;
import nl.vptscan.result.Result;
import nl.vptscan.result.TopicResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One page of the release diff: submitted assessments after an id, each scored again and compared, in one read. */
@Singleton
class ReleaseDiffPages {

    /** How many assessments a page compared, those that moved, and the last id read (null when none was left). */
    record Page(int compared, List<ReleaseDiffReport.Change> changed, @Nullable Long lastId) {
    }

    private final AssessmentRepository assessments;
    private final ResultStore results;
    private final AssessmentService service;

    ReleaseDiffPages(AssessmentRepository assessments, ResultStore results, AssessmentService service) {
        this.assessments = assessments;
        this.results = results;
        this.service = service;
    }

    @Transactional(readOnly = true)
    public Page page(long afterId, int size) {
        List<Assessment> batch = assessments.findByStatusAndIdGreaterThan(Assessment.Status.SUBMITTED, afterId,
                Pageable.from(0, size, Sort.of(Sort.Order.asc("id"))));
        List<ReleaseDiffReport.Change> changed = new ArrayList<>();
        int compared = 0;
        for (Assessment assessment : batch) {
            var stored = results.latest(assessment.id());
            if (stored.isEmpty()) {
                continue;
            }
            compared++;
            Result now = service.scoreWithoutStoring(assessment, stored.get().referenceDate());
            ReleaseDiffReport.Change change = compare(assessment, stored.get().result(), now);
            if (change != null) {
                changed.add(change);
            }
        }
        return new Page(compared, changed, batch.size() < size ? null : batch.get(batch.size() - 1).id());
    }

    /**
     * The change between the stored and the new result, or null when no level moved, no finding was added or removed
     * and no finding kept changed severity or legal basis.
     */
    static ReleaseDiffReport.Change compare(Assessment assessment, Result old, Result now) {
        Map<String, TopicResult> before = old.topics().stream()
                .collect(Collectors.toMap(TopicResult::topic, Function.identity()));
        List<ReleaseDiffReport.TopicMove> topics = new ArrayList<>();
        for (TopicResult topic : now.topics()) {
            TopicResult was = before.get(topic.topic());
            int oldLevel = was == null ? -1 : was.level();
            if (oldLevel != topic.level()) {
                topics.add(new ReleaseDiffReport.TopicMove(topic.topic(), oldLevel, topic.level()));
            }
        }
        Set<String> oldIds = ids(old);
        Set<String> newIds = ids(now);
        List<String> added = newIds.stream().filter(id -> !oldIds.contains(id)).toList();
        List<String> removed = oldIds.stream().filter(id -> !newIds.contains(id)).toList();
        List<ReleaseDiffReport.FindingMove> moved = moved(old, now);
        if (topics.isEmpty() && added.isEmpty() && removed.isEmpty() && moved.isEmpty()
                && old.overallLevel() == now.overallLevel()) {
            return null;
        }
        return new ReleaseDiffReport.Change(assessment.id(), assessment.organisationId(), assessment.questionnaireId(),
                old.rulesetVersion(), old.overall(), now.overall(), old.overallLevel(), now.overallLevel(), topics,
                added, removed, moved);
    }

    /** Findings raised before and after (by id) whose severity or legal basis differs, in id order. */
    private static List<ReleaseDiffReport.FindingMove> moved(Result old, Result now) {
        Map<String, Finding> before = byId(old);
        List<ReleaseDiffReport.FindingMove> moved = new ArrayList<>();
        byId(now).forEach((id, finding) -> {
            Finding was = before.get(id);
            if (was != null && (was.severity() != finding.severity() || !was.legal().equals(finding.legal()))) {
                moved.add(new ReleaseDiffReport.FindingMove(id, was.severity().name(), finding.severity().name(),
                        was.legal(), finding.legal()));
            }
        });
        return moved;
    }

    private static Map<String, Finding> byId(Result result) {
        return result.findings().stream().collect(Collectors.toMap(Finding::ruleId, Function.identity(),
                (first, second) -> first, TreeMap::new));
    }

    private static Set<String> ids(Result result) {
        return result.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }
}
