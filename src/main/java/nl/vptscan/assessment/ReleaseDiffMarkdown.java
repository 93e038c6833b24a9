package nl.vptscan.assessment;

import java.util.TreeSet;

/** The release diff as a short markdown summary for docs/: counts, findings added and removed, what moved. */
final class ReleaseDiffMarkdown {

    /** More changed assessments than this are counted in the summary but not listed one by one. */
    static final int LISTED = 200;

    private ReleaseDiffMarkdown() {
    }

    static String of(ReleaseDiffReport report) {
        StringBuilder md = new StringBuilder("# Release diff\n\n");
        md.append("Ruleset `").append(report.rulesetVersion()).append("` against the stored results: ")
                .append(report.assessmentsChanged()).append(" of ").append(report.assessments())
                .append(" submitted assessments would change.\n\n");
        TreeSet<String> ids = new TreeSet<>(report.findingsAdded().keySet());
        ids.addAll(report.findingsRemoved().keySet());
        if (!ids.isEmpty()) {
            md.append("| Finding | Added | Removed |\n|---|---:|---:|\n");
            ids.forEach(id -> md.append("| ").append(id).append(" | ").append(report.findingsAdded().getOrDefault(id, 0))
                    .append(" | ").append(report.findingsRemoved().getOrDefault(id, 0)).append(" |\n"));
            md.append('\n');
        }
        if (!report.findingsChanged().isEmpty()) {
            md.append("Findings raised before and after whose severity or legal basis changed:\n\n")
                    .append("| Finding | Severity | Legal basis | Assessments |\n|---|---|---|---:|\n");
            report.findingsChanged().forEach(m -> md.append("| ").append(m.ruleId())
                    .append(" | ").append(move(m.oldSeverity(), m.newSeverity(), m.oldSeverity()))
                    .append(" | ").append(cell(move(m.oldLegal(), m.newLegal(), "unchanged")))
                    .append(" | ").append(m.assessments()).append(" |\n"));
            md.append('\n');
        }
        if (!report.changed().isEmpty()) {
            md.append("| Assessment | Questionnaire | Overall level | Topics | Added | Removed | Severity or legal basis |\n")
                    .append("|---:|---|---|---|---|---|---|\n");
            report.changed().stream().limit(LISTED).forEach(c -> md.append("| ").append(c.assessmentId())
                    .append(" | ").append(c.questionnaireId())
                    .append(" | ").append(c.oldOverallLevel()).append(" → ").append(c.newOverallLevel())
                    .append(" | ").append(String.join(", ", c.topics().stream()
                            .map(t -> t.topic() + " " + t.oldLevel() + " → " + t.newLevel()).toList()))
                    .append(" | ").append(String.join(", ", c.findingsAdded()))
                    .append(" | ").append(String.join(", ", c.findingsRemoved()))
                    .append(" | ").append(cell(String.join(" · ", c.findingsChanged().stream()
                            .map(ReleaseDiffReport.FindingMove::describe).toList()))).append(" |\n"));
            if (report.changed().size() > LISTED) {
                md.append("\n… and ").append(report.changed().size() - LISTED).append(" more (see the workbook).\n");
            }
        }
        return md.toString();
    }

    private static String move(String old, String now, String same) {
        return old.equals(now) ? same : old + " → " + now;
    }

    /** A pipe or line break in a legal text would break the table row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
