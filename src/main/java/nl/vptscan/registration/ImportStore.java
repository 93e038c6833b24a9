package nl.vptscan.registration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditTrail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Registration imports in the database: the aggregates and counts of an import stored with its audit event in one
 * transaction, under the draft's lock (so no import lands on an assessment submitted meanwhile).
 */
@Singleton
class ImportStore {

    private final ImportRepository imports;
    private final CountRepository counts;
    private final AssessmentService assessments;
    private final AuditTrail audit;

    ImportStore(ImportRepository imports, CountRepository counts, AssessmentService assessments, AuditTrail audit) {
        this.imports = imports;
        this.counts = counts;
        this.assessments = assessments;
        this.audit = audit;
    }

    @Transactional
    ImportRow insert(long assessmentId, String source, String fileKind, String actor, Instant now, Figures figures) {
        assessments.lockDraft(assessmentId);
        ImportRow row = imports.save(ImportRow.of(assessmentId, source, actor, now, figures));
        insert(row.id(), CountRow.TYPE, figures.byType());
        insert(row.id(), CountRow.JOB_GROUP, figures.byJobGroup());
        audit.record(assessmentId, actor, "REGISTRATION", "import " + row.id(), null, "source " + source + ", " + fileKind
                + ": " + figures.rows() + " incidents in the file, " + figures.incidents() + " from " + figures.from()
                + " to " + figures.to());
        return row;
    }

    private void insert(long importId, String dimension, List<Figures.Count> list) {
        for (int i = 0; i < list.size(); i++) {
            counts.save(new CountRow(null, importId, dimension, i, list.get(i).label(), list.get(i).incidents()));
        }
    }

    /** The figures of a stored import, with its counts. */
    Figures figures(ImportRow row) {
        List<Figures.Count> byType = new ArrayList<>();
        List<Figures.Count> byJobGroup = new ArrayList<>();
        for (CountRow count : counts.findByImportIdOrderById(row.id())) {
            (CountRow.TYPE.equals(count.dimension()) ? byType : byJobGroup)
                    .add(new Figures.Count(count.label(), count.incidents()));
        }
        return row.figures(byType, byJobGroup);
    }
}
