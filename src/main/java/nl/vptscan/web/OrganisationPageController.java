package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.HistoryEntry;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.PrefillService;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.organisation.Sector;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An organisation: its assessments, the trend of its overall score, and starting a new assessment. */
@Controller("/organisaties/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrganisationPageController {

    @Serdeable
    record NewAssessment(@Nullable String questionnaireId) {
    }

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final AssessmentRows rows;
    private final QuestionnaireCatalog catalog;
    private final PrefillService prefill;

    OrganisationPageController(AssessmentAccess access, AssessmentService assessments, AssessmentRows rows,
                               QuestionnaireCatalog catalog, PrefillService prefill) {
        this.prefill = prefill;
        this.access = access;
        this.assessments = assessments;
        this.rows = rows;
        this.catalog = catalog;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, HttpRequest<?> request, Caller caller) {
        String lang = Pages.lang(request);
        Organisation organisation = access.organisation(caller, id);
        boolean results = access.mayReadResults(caller, id);
        List<Charts.Trend> trends = new ArrayList<>();
        if (results) {
            for (Questionnaire q : catalog.all()) {
                List<HistoryEntry> history = assessments.history(id, q.id(),
                        a -> access.listed(caller, a) && a.kind() == AssessmentContext.Kind.SELF);
                if (!history.isEmpty()) {
                    trends.add(Charts.trend(q.title().in(lang), history));
                }
            }
        }
        AssessmentContext.Kind kind = newKind(caller);
        return Pages.view("organisation/organisation", "organisation", organisation,
                "sector", Sector.fromCode(organisation.sector()).map(s -> s.label(lang)).orElse(organisation.sector()),
                "assessments", results ? rows.of(caller, id, lang) : List.of(), "results", results, "trends", trends,
                "newKind", kind == null ? "" : kind.name(), "questionnaires", rows.questionnaires(lang),
                "comparison", !caller.is(Role.REGION_COORDINATOR) && results,
                "ownBenchmark", caller.is(Role.EMPLOYER) || caller.is(Role.ADMIN));
    }

    @Post(value = "/beoordelingen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(long id, HttpRequest<?> request, @Body NewAssessment form, Caller caller) {
        AssessmentContext.Kind kind = newKind(caller);
        if (kind == null) {
            throw DomainException.forbidden("Region coordinators do not start assessments", "assessment.coordinatorStarts");
        }
        access.create(caller, id, kind);
        String questionnaire = form.questionnaireId() == null ? "" : form.questionnaireId();
        Assessment created = assessments.create(id, questionnaire, kind, caller.username());
        // answers of the other instrument to take over: offered first, on a page of its own
        boolean offer = prefill.offer(created.id(), a -> access.may(caller, a.id(), AssessmentAccess.Need.DETAILS))
                .isPresent();
        return Pages.seeOther("/beoordelingen/" + created.id() + (offer ? "/overnemen" : ""));
    }

    /** Inspectors start audits; employers and administrators self-assessments; coordinators neither. */
    static AssessmentContext.Kind newKind(Caller caller) {
        return switch (caller.role()) {
            case INSPECTOR -> AssessmentContext.Kind.AUDIT;
            case EMPLOYER, ADMIN -> AssessmentContext.Kind.SELF;
            case REGION_COORDINATOR -> null;
        };
    }
}
