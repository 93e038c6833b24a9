package nl.vptscan.report;

import io.micrometer.core.annotation.Timed;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditService;
import nl.vptscan.assessment.HistoryEntry;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.benchmark.BenchmarkService;
import nl.vptscan.benchmark.Group;
import nl.vptscan.benchmark.MemberBenchmark;
import nl.vptscan.benchmark.Score;
import nl.vptscan.evidence.AttachmentService;
import nl.vptscan.improvementplan.ImprovementPlanService;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of an assessment, for whoever may read its result: gathered once with what the reader may see (answers
 * and their documents only for those who may read the answers; the region position only for those who may see the
 * organisation's self-assessment figures), built into one content model and written as .docx or .pdf.
 */
@Singleton
public class ReportService {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A written report: its file name (safe characters, organisation and date), content type and bytes. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    /** The two forms of the report. */
    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final ImprovementPlanService plans;
    private final AuditService audits;
    private final AttachmentService attachments;
    private final BenchmarkService benchmarks;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    ReportService(AssessmentAccess access, AssessmentService assessments, ImprovementPlanService plans,
                  AuditService audits, AttachmentService attachments, BenchmarkService benchmarks,
                  QuestionnaireCatalog catalog, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.plans = plans;
        this.audits = audits;
        this.attachments = attachments;
        this.benchmarks = benchmarks;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The report as an editable Word document. */
    @Timed(value = "vptscan.report", extraTags = {"format", "docx"}, description = "Building a report")
    public Document docx(Caller caller, long assessmentId, String lang) throws IOException {
        Report report = report(caller, assessmentId, lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReport.write(report, out);
        return new Document(fileName(report, Format.DOCX), Format.DOCX.contentType(), out.toByteArray());
    }

    /** The report as a tagged PDF with its font embedded. */
    @Timed(value = "vptscan.report", extraTags = {"format", "pdf"}, description = "Building a report")
    public Document pdf(Caller caller, long assessmentId, String lang) throws IOException {
        Report report = report(caller, assessmentId, lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(report, out);
        return new Document(fileName(report, Format.PDF), Format.PDF.contentType(), out.toByteArray());
    }

    /** The content of the report, as the reader may see it, in the reader's language. */
    public Report report(Caller caller, long assessmentId, String lang) {
        Assessment assessment = access.assessment(caller, assessmentId, Need.RESULTS);
        StoredResult result = assessments.latestResult(assessmentId);
        Organisation organisation = access.organisation(caller, assessment.organisationId());
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        boolean details = access.may(caller, assessmentId, Need.DETAILS);
        Group region = null;
        Map<String, Double> own = new HashMap<>();
        LocalDate regionDate = null;
        if (assessment.kind() == AssessmentContext.Kind.SELF && organisation.regionId() != null
                && access.mayReadSelfResults(caller, organisation.id())) {
            MemberBenchmark position = benchmarks.member(organisation.id(), questionnaire.id());
            region = position.region();
            regionDate = position.referenceDate();
            if (position.overall() != null && position.overall().score() != null) {
                own.put("overall", position.overall().score());
            }
            for (Score score : position.topics()) {
                if (score.score() != null) {
                    own.put(score.topic(), score.score());
                }
            }
        }
        ReportSource source = new ReportSource(organisation, assessment, questionnaire, result, plans.plan(assessmentId),
                details ? assessments.answers(assessmentId).answers() : Map.of(),
                details ? attachments.byQuestion(assessmentId) : Map.of(),
                assessment.byInspector() ? audits.verdicts(assessmentId) : List.of(),
                previous(caller, assessment), region, own, regionDate, catalog.legal(), LocalDate.now(clock.withZone(ZONE)));
        return ReportBuilder.build(source, lang);
    }

    /** The latest assessment of the same organisation, questionnaire and kind submitted before this one. */
    private HistoryEntry previous(Caller caller, Assessment assessment) {
        List<HistoryEntry> history = assessments.history(assessment.organisationId(), assessment.questionnaireId(),
                a -> a.kind() == assessment.kind() && !a.id().equals(assessment.id()) && access.listed(caller, a)
                        && a.submittedAt().isBefore(assessment.submittedAt()));
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** "rapport-gemeente-voorbeeldstad-2026-03-01.docx": the kind of report, the organisation and the date. */
    static String fileName(Report report, Format format) {
        return report.fileStem() + "-" + slug(report.organisation()) + "-" + report.date() + "." + format.extension;
    }

    /** Lower-case letters, digits and single hyphens only: accents dropped, everything else a hyphen. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "organisatie" : plain;
    }
}
