package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AuditService;
import nl.vptscan.assessment.FollowUpService;
import nl.vptscan.assessment.Verdict;
import nl.vptscan.assessment.VerdictInput;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An inspector's verdict per topic of an audit (in orde, advies, waarschuwing, eis), with a note. */
@Controller("/beoordelingen/{id}/oordelen")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class VerdictPageController {

    /** One topic of the form: its id and title, and the verdict, note and deadline given so far. */
    record Row(String topic, String title, String legal, String verdict, String note, String deadline) {
    }

    /** A verdict option of the select list. */
    record Option(String value, String label) {
    }

    private final AssessmentAccess access;
    private final AuditService audits;
    private final QuestionnaireCatalog catalog;
    private final Texts texts;
    private final FollowUpService followUps;

    VerdictPageController(AssessmentAccess access, AuditService audits, QuestionnaireCatalog catalog, Texts texts,
                          FollowUpService followUps) {
        this.texts = texts;
        this.followUps = followUps;
        this.access = access;
        this.audits = audits;
        this.catalog = catalog;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(long id, HttpRequest<?> request, Caller caller) {
        Assessment assessment = audit(caller, id, Need.RESULTS);
        Map<String, String[]> given = new HashMap<>();
        audits.verdicts(id).forEach(v -> given.put(v.key().topic(), new String[]{v.verdict().name(), v.note(),
                v.deadline() == null ? null : v.deadline().toString()}));
        return page(request, caller, assessment, given, List.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(long id, HttpRequest<?> request, @Body String body, Caller caller) {
        FormBody form = FormBody.parse(body);
        Assessment assessment = audit(caller, id, Need.WRITE);
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        Map<String, VerdictInput> verdicts = new LinkedHashMap<>();
        Map<String, String[]> entered = new HashMap<>();
        List<FieldError> errors = new java.util.ArrayList<>();
        questionnaire.topics().forEach(topic -> {
            String verdict = form.first("verdict." + topic.id());
            String note = form.first("note." + topic.id());
            String deadline = form.first("deadline." + topic.id());
            entered.put(topic.id(), new String[]{verdict, note, deadline});
            if (verdict == null) {
                return;
            }
            Verdict chosen;
            try {
                chosen = Verdict.valueOf(verdict);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("verdicts." + topic.id(), "unknown verdict", "verdict.unknown",
                        topic.title().in(Pages.lang(request))));
                return;
            }
            try {
                verdicts.put(topic.id(), new VerdictInput(chosen, note,
                        deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip())));
            } catch (DateTimeParseException e) {
                errors.add(FieldError.coded("verdicts." + topic.id() + ".deadline", "not a date", "verdict.deadlineNotADate",
                        topic.title().in(Pages.lang(request))));
            }
        });
        try {
            if (!errors.isEmpty()) {
                throw DomainException.invalid("Invalid verdicts", errors);
            }
            audits.saveVerdicts(id, verdicts, caller.username());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page(request, caller, assessment, entered, e.errors(), HttpStatus.BAD_REQUEST);
        }
        return Pages.seeOther("/beoordelingen/" + id + "/oordelen?opgeslagen=1");
    }

    private Assessment audit(Caller caller, long id, Need need) {
        Assessment assessment = access.assessment(caller, id, need);
        if (assessment.kind() != AssessmentContext.Kind.AUDIT) {
            throw DomainException.conflict("Assessment " + id + " is a self-assessment; only audits have verdicts",
                    "verdict.selfAssessment");
        }
        return assessment;
    }

    private HttpResponse<?> page(HttpRequest<?> request, Caller caller, Assessment assessment, Map<String, String[]> given,
                                 List<FieldError> errors, HttpStatus status) {
        String lang = Pages.lang(request);
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        List<Row> rows = questionnaire.topics().stream().map(t -> {
            String[] value = given.getOrDefault(t.id(), new String[3]);
            return new Row(t.id(), t.title().in(lang), t.citations(lang), value[0], value[1], value.length > 2 ? value[2] : null);
        }).toList();
        boolean write = assessment.status() == Assessment.Status.DRAFT && access.may(caller, assessment.id(), Need.WRITE);
        return HttpResponse.status(status).body(Pages.view("verdict/verdicts", "assessment", assessment,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", questionnaire.title().in(lang), "rows", rows, "write", write,
                "errors", errors.stream().map(e -> texts.error(lang, e)).toList(),
                "options", Arrays.stream(Verdict.values()).map(v -> new Option(v.name(), v.label(lang))).toList(),
                "saved", request.getParameters().get("opgeslagen") != null,
                "earlier", followUps.earlierOf(assessment.id()).orElse(null),
                "followUp", followUps.followUpOf(assessment.id()).orElse(null),
                "mayFollowUp", assessment.status() == Assessment.Status.SUBMITTED
                        && access.may(caller, assessment.id(), Need.WRITE)));
    }
}
