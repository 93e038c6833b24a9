package nl.vptscan.improvementplan;

import nl.vptscan.improvementplan.Column.Kind;
import nl.vptscan.result.Finding;

import java.util.List;

/**
 * The tables of the plan workbook, declared once: export writes these columns in this order, and import
 * checks the plan sheet's header against {@link #PLAN} and reads back its editable columns.
 */
final class PlanColumns {

    private PlanColumns() {
    }

    /** An action with the workbook language and its topic's title. */
    record PlanRow(ImprovementAction action, String lang, String topicTitle) {

        int number() {
            return action.number();
        }
    }

    /** A finding with the workbook language, its topic's title and the answers behind it as words. */
    record FindingRow(Finding finding, String lang, String topicTitle, String answers) {
    }

    /** A question with its answer as a person reads it. */
    record AnswerRow(String topicTitle, String questionId, String question, String answer, String comment,
                     String evidence, String attachments) {
    }

    static final Column<PlanRow> OWNER = Column.editable("owner", "Eigenaar", "Owner", 22, Kind.TEXT,
            r -> r.action().owner());
    static final Column<PlanRow> DUE_DATE = Column.editable("dueDate", "Uiterste datum", "Due date", 14, Kind.DATE,
            r -> r.action().dueDate());
    static final Column<PlanRow> STATUS = Column.editable("status", "Status", "Status", 15, Kind.TEXT,
            r -> r.action().status().label(r.lang()));
    static final Column<PlanRow> COST = Column.editable("costEstimate", "Kosten (€)", "Cost (€)", 13, Kind.AMOUNT,
            r -> r.action().costEstimate());
    static final Column<PlanRow> REMARKS = Column.editable("remarks", "Opmerkingen", "Remarks", 40,
            Kind.WRAPPED_TEXT, r -> r.action().remarks());
    static final Column<PlanRow> PRIORITY = Column.editable("priority", "Prioriteit", "Priority", 11, Kind.INTEGER,
            r -> r.action().priority());
    static final Column<PlanRow> DEPENDS_ON = Column.editable("dependsOn", "Hangt af van", "Depends on", 13,
            Kind.TEXT, r -> r.action().dependsOnText());
    static final Column<PlanRow> ROLE = Column.of("role", "Rol", "Role", 16, Kind.WRAPPED_TEXT,
            r -> r.action().role(r.lang()));
    static final Column<PlanRow> RISK_GROUP = Column.of("riskGroup", "Risico/functiegroep", "Risk/job group", 20,
            Kind.WRAPPED_TEXT, r -> r.action().riskGroup(r.lang()));
    static final Column<PlanRow> CHECK = Column.of("completionCheck", "Controle", "Check", 30, Kind.WRAPPED_TEXT,
            r -> r.action().completionCheck(r.lang()));
    static final Column<PlanRow> ACTION_ID = Column.of("actionId", "Actie-id", "Action id", 10, Kind.ID,
            r -> r.action().id());
    static final Column<PlanRow> VERSION = Column.of("version", "Versie", "Version", 8, Kind.ID,
            r -> r.action().version());

    static final List<Column<PlanRow>> PLAN = List.of(
            Column.of("nr", "Nr", "No", 6, Kind.INTEGER, PlanRow::number),
            Column.of("topic", "Onderwerp", "Topic", 28, Kind.WRAPPED_TEXT, PlanRow::topicTitle),
            Column.of("finding", "Bevinding", "Finding", 50, Kind.WRAPPED_TEXT, r -> r.action().finding(r.lang())),
            Column.of("severity", "Ernst", "Severity", 14, Kind.TEXT,
                    r -> Severities.label(r.action().severity(), r.lang())),
            Column.of("legal", "Wettelijke basis", "Legal basis", 26, Kind.WRAPPED_TEXT, r -> r.action().legal()),
            Column.of("measure", "Maatregel", "Measure", 50, Kind.WRAPPED_TEXT, r -> r.action().measure(r.lang())),
            PRIORITY, OWNER, DUE_DATE, STATUS, COST, REMARKS, DEPENDS_ON, ROLE, RISK_GROUP, CHECK, ACTION_ID, VERSION);

    static final List<Column<FindingRow>> FINDINGS = List.of(
            Column.of("rule", "Regel", "Rule", 14, Kind.TEXT, r -> r.finding().ruleId()),
            Column.of("topic", "Onderwerp", "Topic", 28, Kind.WRAPPED_TEXT, FindingRow::topicTitle),
            Column.of("severity", "Ernst", "Severity", 14, Kind.TEXT,
                    r -> Severities.label(r.finding().severity().name(), r.lang())),
            Column.of("finding", "Toelichting", "Explanation", 60, Kind.WRAPPED_TEXT,
                    r -> "en".equals(r.lang()) ? r.finding().messageEn() : r.finding().messageNl()),
            Column.of("legal", "Wettelijke basis", "Legal basis", 30, Kind.WRAPPED_TEXT, r -> r.finding().legal()),
            Column.of("evidence", "Antwoorden", "Answers", 50, Kind.WRAPPED_TEXT, FindingRow::answers));

    static final List<Column<AnswerRow>> ANSWERS = List.of(
            Column.of("topic", "Onderwerp", "Topic", 28, Kind.WRAPPED_TEXT, AnswerRow::topicTitle),
            Column.of("question", "Vraag-id", "Question id", 14, Kind.TEXT, AnswerRow::questionId),
            Column.of("text", "Vraag", "Question", 60, Kind.WRAPPED_TEXT, AnswerRow::question),
            Column.of("answer", "Antwoord", "Answer", 24, Kind.WRAPPED_TEXT, AnswerRow::answer),
            Column.of("comment", "Toelichting", "Comment", 40, Kind.WRAPPED_TEXT, AnswerRow::comment),
            Column.of("evidence", "Bewijs", "Evidence", 40, Kind.WRAPPED_TEXT, AnswerRow::evidence),
            Column.of("attachments", "Bijlagen", "Attachments", 40, Kind.WRAPPED_TEXT, AnswerRow::attachments));
}
