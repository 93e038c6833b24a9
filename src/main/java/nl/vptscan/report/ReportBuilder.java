package nl.vptscan.report;

import nl.vptscan.assessment.AuditVerdict;
import nl.vptscan.assessment.HistoryEntry;
import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.benchmark.Distribution;
import nl.vptscan.benchmark.GroupScore;
import nl.vptscan.evidence.Attachment;
import nl.vptscan.improvementplan.ActionStatus;
import nl.vptscan.improvementplan.AnswerText;
import nl.vptscan.improvementplan.ImprovementAction;
import nl.vptscan.questionnaire.LegalProvision;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.report.Report.Bar;
import nl.vptscan.report.Report.Block;
import nl.vptscan.report.Report.Cell;
import nl.vptscan.report.Report.Chart;
import nl.vptscan.report.Report.Fact;
import nl.vptscan.report.Report.Facts;
import nl.vptscan.report.Report.Heading;
import nl.vptscan.report.Report.Items;
import nl.vptscan.report.Report.Paragraph;
import nl.vptscan.report.Report.Table;
import nl.vptscan.report.Report.Tone;
import nl.vptscan.result.Evidence;
import nl.vptscan.result.Finding;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.Result;
import nl.vptscan.result.Severity;
import nl.vptscan.result.TopicResult;
import nl.vptscan.result.Words;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the content of a report from what was gathered, in the reader's language: the one place where a report's
 * words are chosen. The renderers only lay out what this makes.
 */
final class ReportBuilder {

    private final ReportSource source;
    private final String lang;
    private final Result result;
    private final List<Block> blocks = new ArrayList<>();

    private ReportBuilder(ReportSource source, String lang) {
        this.source = source;
        this.lang = lang;
        this.result = source.result().result();
    }

    static Report build(ReportSource source, String lang) {
        ReportBuilder builder = new ReportBuilder(source, lang);
        builder.cover();
        builder.summary();
        builder.topics();
        if (source.assessment().byInspector()) {
            builder.inspection();
        }
        builder.findings();
        builder.plan();
        builder.change();
        if (source.region() != null) {
            builder.region();
        }
        if (!source.answers().isEmpty()) {
            builder.evidence();
        }
        String organisation = source.organisation().name();
        return new Report(lang, builder.title(),
                Words.get(lang, "report.fileName." + source.assessment().kind().name()), organisation, source.result().referenceDate(),
                builder.t("report.footer", organisation, builder.date(source.today())), Words.get(lang, "report.pageOf"),
                builder.blocks);
    }

    private String title() {
        return Words.get(lang, "report.title." + source.assessment().kind().name());
    }

    private void cover() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t("report.organisation"), source.organisation().name()));
        facts.add(new Fact(t("report.questionnaire"), t("report.questionnaireVersion",
                source.questionnaire().title().in(lang), result.questionnaireVersion())));
        facts.add(new Fact(t("assessments.kind"), t("kind." + source.assessment().kind().name())));
        facts.add(new Fact(t("result.referenceDate"), date(source.result().referenceDate())));
        facts.add(new Fact(t("result.overall"), percent(result.overall()) + " · " + LevelScale.label(result.overallLevel(), lang)));
        facts.add(new Fact(t("result.unmetDuties"), String.valueOf(result.unmetDuties())));
        facts.add(new Fact(t("report.madeOn"), date(source.today())));
        blocks.add(new Facts(facts));
    }

    private void summary() {
        blocks.add(new Heading(1, t("report.summary")));
        blocks.add(new Paragraph(t("result.levelMeaning." + result.overallLevel()), false));
        Map<Severity, Long> bySeverity = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        List<Fact> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            counts.add(new Fact(t("report.count." + severity.name()), String.valueOf(bySeverity.getOrDefault(severity, 0L))));
        }
        Map<ActionStatus, Long> byStatus = source.actions().stream()
                .collect(Collectors.groupingBy(ImprovementAction::status, Collectors.counting()));
        counts.add(new Fact(t("report.actions"), String.valueOf(source.actions().size())));
        counts.add(new Fact(t("report.actionsByStatus"), java.util.Arrays.stream(ActionStatus.values())
                .map(s -> s.label(lang) + " " + byStatus.getOrDefault(s, 0L)).collect(Collectors.joining(" · "))));
        counts.add(new Fact(t("report.overdueCount"),
                String.valueOf(source.actions().stream().filter(a -> a.overdue(source.today())).count())));
        blocks.add(new Facts(counts));
        List<Bar> bars = result.topics().stream().map(s -> new Bar(source.topicTitle(s.topic(), lang), s.percentage(),
                percent(s.percentage()), Tone.of(s.colour()))).toList();
        blocks.add(new Chart(t("result.chartTitle"), t("report.chartDescription"), bars));
        blocks.add(new Paragraph(t("result.levelsLegend"), true));
    }

    private void topics() {
        blocks.add(new Heading(1, t("result.topics")));
        List<List<Cell>> rows = new ArrayList<>();
        for (TopicResult score : result.topics()) {
            String capped = score.cappedBy() == null ? "" : result.findings().stream()
                    .filter(f -> f.ruleId().equals(score.cappedBy())).map(f -> f.message(lang)).findFirst()
                    .orElse(score.cappedBy());
            rows.add(List.of(Cell.of(source.topicTitle(score.topic(), lang)), Cell.of(percent(score.percentage())),
                    new Cell(LevelScale.label(score.level(), lang), Tone.of(score.colour())), Cell.of(capped)));
        }
        blocks.add(new Table(List.of(t("comparison.topic"), t("result.percentage"), t("result.level"),
                t("report.cappedBy")), List.of(34, 11, 17, 38), rows));
        blocks.add(new Paragraph(t("result.capLegend"), true));
    }

    /** The inspector's verdict per topic, every topic of the questionnaire, in its order. */
    void inspection() {
        blocks.add(new Heading(1, t("verdict.title")));
        blocks.add(new Paragraph(t("report.inspectionIntro"), false));
        Map<String, AuditVerdict> byTopic = new HashMap<>();
        source.verdicts().forEach(v -> byTopic.put(v.key().topic(), v));
        List<List<Cell>> rows = new ArrayList<>();
        for (Topic topic : source.questionnaire().topics()) {
            AuditVerdict verdict = byTopic.get(topic.id());
            VerdictLine line = new VerdictLine(topic.title().in(lang),
                    verdict == null ? t("verdict.none") : verdict.verdict().label(lang),
                    verdict == null || verdict.deadline() == null ? "" : date(verdict.deadline()),
                    verdict == null || verdict.note() == null ? "" : verdict.note());
            rows.add(line.cells());
        }
        blocks.add(new Table(VerdictLine.headers(lang), VerdictLine.widths(), rows));
    }

    /** Violations first, then warnings, then advice; within each as the rules raised them. */
    private void findings() {
        blocks.add(new Heading(1, t("result.findings")));
        if (result.findings().isEmpty()) {
            blocks.add(new Paragraph(t("result.noFindings"), false));
            return;
        }
        for (Finding finding : result.findings().stream()
                .sorted(Comparator.comparingInt(f -> f.severity().ordinal())).toList()) {
            blocks.add(new Heading(2, finding.severity().word(lang) + ": " + finding.message(lang)));
            blocks.add(new Facts(List.of(new Fact(t("comparison.topic"), source.topicTitle(finding.topic(), lang)),
                    new Fact(t("result.rule"), finding.ruleId()))));
            List<String> legal = legalBasis(finding.legal());
            if (!legal.isEmpty()) {
                blocks.add(new Paragraph(t("result.legal"), false));
                blocks.add(new Items(legal));
            }
            if (!finding.evidence().isEmpty()) {
                blocks.add(new Paragraph(t("result.evidence"), false));
                blocks.add(new Items(finding.evidence().stream().map(this::evidence).toList()));
            }
        }
    }

    /**
     * The provisions a finding cites, each as its citation and summary in the reader's language. A stored finding
     * names them by their Dutch citations; one the catalogue no longer knows is shown as it was stored.
     */
    private List<String> legalBasis(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        Map<String, LegalProvision> byCitation = new HashMap<>();
        source.legal().all().forEach(p -> byCitation.put(p.citation().nl(), p));
        List<String> lines = new ArrayList<>();
        for (String citation : stored.split(";\\s*")) {
            LegalProvision provision = byCitation.get(citation.strip());
            lines.add(provision == null ? citation.strip()
                    : provision.citation().in(lang) + " — " + provision.summary().in(lang));
        }
        return lines;
    }

    /** An answer behind a finding as words, with the documents attached to it when the reader may see them. */
    private String evidence(Evidence evidence) {
        String answer = source.questionnaire().question(evidence.questionId())
                .map(q -> q.text().in(lang) + " — " + q.label(evidence.value(), lang))
                .orElse(evidence.questionId() + ": " + evidence.value());
        List<Attachment> files = source.attachments().getOrDefault(evidence.questionId(), List.of());
        return files.isEmpty() ? answer : answer + " " + t("report.withFiles",
                files.stream().map(Attachment::fileName).collect(Collectors.joining(", ")));
    }

    private void plan() {
        blocks.add(new Heading(1, t("plan.title")));
        if (source.actions().isEmpty()) {
            blocks.add(new Paragraph(t("plan.none"), false));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ImprovementAction action : source.actions()) {
            String status = action.status().label(lang);
            if (action.overdue(source.today())) {
                status += " — " + t("report.overdue");
            }
            rows.add(List.of(Cell.of(String.valueOf(action.number())), Cell.of(action.measure(lang)),
                    Cell.of(String.valueOf(action.priority())), Cell.of(action.owner()), Cell.of(date(action.dueDate())),
                    new Cell(status, action.overdue(source.today()) ? Tone.RED : Tone.NONE)));
        }
        blocks.add(new Table(List.of(t("report.number"), t("plan.measure"), t("plan.priority"), t("plan.owner"),
                t("plan.dueDate"), t("plan.status")), List.of(6, 42, 10, 15, 14, 13), rows));
        blocks.add(new Items(List.of(t("plan.priority.explained.1"), t("plan.priority.explained.2"),
                t("plan.priority.explained.3"))));
    }

    private void change() {
        blocks.add(new Heading(1, t("report.change")));
        HistoryEntry previous = source.previous();
        if (previous == null) {
            blocks.add(new Paragraph(t("report.noPrevious"), false));
            return;
        }
        blocks.add(new Paragraph(t("report.previous", date(LocalDate.ofInstant(previous.submittedAt(), ReportService.ZONE))),
                false));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(changeRow(t("result.overall"), previous.overall(), previous.overallLevel(), result.overall(),
                result.overallLevel()));
        Map<String, TopicResult> before = new HashMap<>();
        previous.topics().forEach(s -> before.put(s.topic(), s));
        for (TopicResult now : result.topics()) {
            TopicResult was = before.get(now.topic());
            rows.add(was == null
                    ? List.of(Cell.of(source.topicTitle(now.topic(), lang)), Cell.of("—"), level(now.percentage(), now.level()), Cell.of("—"))
                    : changeRow(source.topicTitle(now.topic(), lang), was.percentage(), was.level(), now.percentage(), now.level()));
        }
        blocks.add(new Table(List.of(t("comparison.topic"), t("report.before"), t("report.now"), t("report.difference")),
                List.of(34, 24, 24, 18), rows));
    }

    private List<Cell> changeRow(String title, double before, int levelBefore, double now, int levelNow) {
        long difference = Math.round(now) - Math.round(before);
        String change = t("report.points", (difference > 0 ? "+" : "") + difference);
        if (levelNow != levelBefore) {
            change += " · " + t(levelNow > levelBefore ? "report.levelUp" : "report.levelDown");
        }
        return List.of(Cell.of(title), level(before, levelBefore), level(now, levelNow), Cell.of(change));
    }

    private Cell level(double percentage, int level) {
        return new Cell(percent(percentage) + " · " + LevelScale.label(level, lang), Tone.of(LevelScale.colour(level)));
    }

    /** The organisation's place in its region: distributions only, no other member named, small groups withheld. */
    private void region() {
        var region = source.region();
        blocks.add(new Heading(1, t("report.region")));
        blocks.add(new Paragraph(t("report.regionIntro", region.name().in(lang), region.organisations(),
                source.regionDate() == null ? "—" : date(source.regionDate())), false));
        if (!region.available()) {
            blocks.add(new Paragraph(region.withheld().in(lang), false));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(regionRow(t("result.overall"), region.overall(), source.regionOwn().get("overall")));
        for (GroupScore score : region.topics()) {
            rows.add(regionRow(score.title().in(lang), score, source.regionOwn().get(score.topic())));
        }
        blocks.add(new Table(List.of(t("comparison.topic"), t("report.own"), t("report.median"), t("report.middleHalf"),
                t("report.percentile")), List.of(34, 14, 14, 20, 18), rows));
        blocks.add(new Paragraph(t("report.regionNote"), true));
    }

    private List<Cell> regionRow(String title, GroupScore score, Double own) {
        Distribution d = score.distribution();
        if (d == null) {
            String withheld = score.withheld() == null ? "—" : score.withheld().in(lang);
            return List.of(Cell.of(title), Cell.of(own == null ? "—" : percent(own)), Cell.of(withheld), Cell.of(""),
                    Cell.of(""));
        }
        return List.of(Cell.of(title), Cell.of(own == null ? "—" : percent(own)), Cell.of(percent(d.median())),
                Cell.of(percent(d.p25()) + " – " + percent(d.p75())),
                Cell.of(score.percentile() == null ? "—" : String.valueOf(Math.round(score.percentile()))));
    }

    /** Every answer that has documents attached, with its answer in words and the documents. */
    private void evidence() {
        blocks.add(new Heading(1, t("attachment.resultTitle")));
        List<List<Cell>> rows = new ArrayList<>();
        for (Question question : source.questionnaire().questions()) {
            List<Attachment> files = source.attachments().getOrDefault(question.id(), List.of());
            if (files.isEmpty()) {
                continue;
            }
            StoredAnswer answer = source.answers().get(question.id());
            rows.add(List.of(Cell.of(source.topicTitle(question.topic(), lang)), Cell.of(question.text().in(lang)),
                    Cell.of(answer == null ? "" : AnswerText.display(question, answer.value(), lang)),
                    Cell.of(files.stream().map(this::file).collect(Collectors.joining("\n")))));
        }
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(t("attachment.resultNone"), false));
            return;
        }
        blocks.add(new Table(List.of(t("attachment.topic"), t("attachment.question"), t("report.answer"),
                t("attachment.files")), List.of(18, 37, 15, 30), rows));
    }

    private String file(Attachment a) {
        String size = a.size() < 1024 * 1024
                ? t("attachment.kilobytes", Math.max(1, Math.round(a.size() / 1024.0)))
                : t("attachment.megabytes", String.format(Locale.ROOT, "%.1f", a.size() / (1024.0 * 1024))
                .replace('.', "en".equals(lang) ? '.' : ','));
        return a.fileName() + " (" + t("attachment.meta", size, a.uploadedBy(),
                date(LocalDate.ofInstant(a.uploadedAt(), ReportService.ZONE))) + ")";
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale("en".equals(lang) ? Locale.UK : Locale.forLanguageTag("nl")));
    }

    private static String percent(double value) {
        return Math.round(value) + "%";
    }

    private String t(String key, Object... args) {
        return args.length == 0 ? Words.get(lang, key) : Words.format(lang, key, args);
    }

}
