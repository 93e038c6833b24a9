package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.improvementplan.ActionStatus;
import nl.vptscan.improvementplan.ImprovementAction;
import nl.vptscan.improvementplan.ImprovementPlanService;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.workbook.UploadGuard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan van aanpak: owner, due date and status of every action edited in one form and saved at once (an action
 * someone else changed in the meantime is refused, not overwritten); take back an edited workbook.
 */
@Controller("/beoordelingen/{id}/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanPageController {

    /** A status option of the select list. */
    record StatusOption(String value, String label) {
    }

    /** One action as the form shows it: stored, or as typed when the form came back refused. */
    record ActionRow(ImprovementAction action, String owner, String dueDate, String status, String dependsOn,
                     long version, List<String> errors, boolean stale) {
    }

    /**
     * The adoption form as shown: stored, or as typed when it came back refused, with each field's error in the
     * page's language.
     */
    record AdoptionForm(boolean adopted, String adoptedBy, String adoptedOn, String consulted, String worksCouncilOn,
                        Map<String, String> errors) {

        /** A stored date (yyyy-mm-dd) as the page shows it: dd-mm-jjjj. */
        public String shown(String iso) {
            return iso.length() == 10 ? iso.substring(8) + "-" + iso.substring(5, 7) + "-" + iso.substring(0, 4) : iso;
        }
    }

    private final AssessmentAccess access;
    private final ImprovementPlanService plans;
    private final QuestionnaireCatalog catalog;
    private final Texts texts;
    private final LoginReturn returned;

    PlanPageController(AssessmentAccess access, ImprovementPlanService plans, QuestionnaireCatalog catalog, Texts texts,
                       LoginReturn returned) {
        this.returned = returned;
        this.access = access;
        this.plans = plans;
        this.catalog = catalog;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(long id, HttpRequest<?> request, Caller caller) {
        var kept = returned.take(request);
        if (kept.isPresent()) {
            // typed before the login expired: shown again, saved only when the person saves it
            return page(id, request, caller, typed(kept.get()), List.of(), List.of(), HttpStatus.OK)
                    .cookie(LoginReturn.forget());
        }
        return page(id, request, caller, Map.of(), List.of(), List.of(), HttpStatus.OK);
    }

    /** Saves every action of the form at once: the fields are {@code owner:<id>}, {@code dueDate:<id>}, ... */
    @Post(value = "/acties", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(long id, HttpRequest<?> request, @Body String body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        FormBody form = FormBody.parse(body);
        Map<Long, Map<String, Object>> patches = new LinkedHashMap<>();
        for (ImprovementAction action : plans.plan(id)) {
            String version = form.first("version:" + action.id());
            if (version == null) {
                continue;
            }
            Map<String, Object> patch = new HashMap<>();
            String owner = form.first("owner:" + action.id());
            patch.put("owner", owner == null || owner.isBlank() ? null : owner.strip());
            patch.put("dueDate", FormAnswers.date(orEmpty(form.first("dueDate:" + action.id()))));
            patch.put("status", orEmpty(form.first("status:" + action.id())));
            String dependsOn = form.first("dependsOn:" + action.id());
            if (dependsOn != null) {
                patch.put("dependsOn", dependsOn);
            }
            patch.put("version", version);
            patches.put(action.id(), patch);
        }
        try {
            int changed = plans.editAll(id, patches, caller.username());
            return Pages.seeOther("/beoordelingen/" + id + "/plan?bijgewerkt=" + changed);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return page(id, request, caller, typed(form), e.errors(), List.of(),
                    e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
        }
    }

    /** Records who adopted the plan and when, and whether the works council was consulted. */
    @Post(value = "/vaststelling", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> adopt(long id, HttpRequest<?> request, @Body String body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        FormBody form = FormBody.parse(body);
        Map<String, Object> input = new HashMap<>();
        input.put("adoptedBy", orEmpty(form.first("adoptedBy")));
        input.put("adoptedOn", FormAnswers.date(orEmpty(form.first("adoptedOn"))));
        String consulted = orEmpty(form.first("worksCouncilConsulted"));
        input.put("worksCouncilConsulted", "ja".equals(consulted) ? Boolean.TRUE : "nee".equals(consulted) ? Boolean.FALSE : null);
        input.put("worksCouncilOn", FormAnswers.date(orEmpty(form.first("worksCouncilOn"))));
        try {
            plans.adopt(id, input, caller.username());
            return Pages.seeOther("/beoordelingen/" + id + "/plan?vastgesteld=1#vaststelling");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            String lang = Pages.lang(request);
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.merge(error.field(), texts.error(lang, error), (a, b) -> a + " " + b));
            AdoptionForm typed = new AdoptionForm(false, orEmpty(form.first("adoptedBy")),
                    orEmpty(form.first("adoptedOn")), consulted, orEmpty(form.first("worksCouncilOn")), errors);
            return page(id, request, caller, Map.of(), List.of(), List.of(), HttpStatus.BAD_REQUEST, null, List.of(), typed);
        }
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(long id, HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file, Caller caller) throws IOException {
        access.assessment(caller, id, Need.WRITE);
        try {
            if (file == null || file.getSize() == 0) {
                throw DomainException.invalidField("choose a workbook (.xlsx)", "file", "file.missing");
            }
            if (file.getSize() > UploadGuard.MAX_UPLOAD_BYTES) {
                throw DomainException.invalidField("larger than " + UploadGuard.MAX_UPLOAD_MB + " MB", "file", "file.tooLarge",
                        UploadGuard.MAX_UPLOAD_MB);
            }
            var summary = plans.importWorkbook(id, file.getBytes(), caller.username());
            var told = summary.outcomes().stream()
                    .filter(o -> o.outcome() == ImprovementPlanService.Outcome.REFUSED || !o.notes().isEmpty()).toList();
            if (!told.isEmpty()) {
                // refused rows and values read in another notation are told on the page itself, not in a redirect
                return page(id, request, caller, Map.of(), List.of(), List.of(), HttpStatus.OK, summary, told);
            }
            return Pages.seeOther("/beoordelingen/" + id + "/plan?rijen=" + summary.rows() + "&gewijzigd=" + summary.changed());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID || e.errors().isEmpty()) {
                throw e;
            }
            return page(id, request, caller, Map.of(), List.of(), e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    /** What was typed per action, so that a refused form comes back as it was sent. */
    private static Map<Long, Map<String, String>> typed(FormBody form) {
        Map<Long, Map<String, String>> typed = new HashMap<>();
        for (String field : List.of("owner", "dueDate", "status", "dependsOn", "version")) {
            form.fields().keySet().stream().filter(n -> n.startsWith(field + ":")).forEach(n -> {
                try {
                    typed.computeIfAbsent(Long.valueOf(n.substring(field.length() + 1)), k -> new HashMap<>())
                            .put(field, orEmpty(form.first(n)));
                } catch (NumberFormatException ignored) {
                    // not a field of this form
                }
            });
        }
        return typed;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private MutableHttpResponse<?> page(long id, HttpRequest<?> request, Caller caller, Map<Long, Map<String, String>> typed,
                                 List<FieldError> actionErrors, List<FieldError> importErrors, HttpStatus status) {
        return page(id, request, caller, typed, actionErrors, importErrors, status, null, List.of());
    }

    private MutableHttpResponse<?> page(long id, HttpRequest<?> request, Caller caller, Map<Long, Map<String, String>> typed,
                                 List<FieldError> actionErrors, List<FieldError> importErrors, HttpStatus status,
                                 ImprovementPlanService.ImportSummary summary,
                                 List<ImprovementPlanService.RowOutcome> told) {
        return page(id, request, caller, typed, actionErrors, importErrors, status, summary, told, null);
    }

    private MutableHttpResponse<?> page(long id, HttpRequest<?> request, Caller caller, Map<Long, Map<String, String>> typed,
                                 List<FieldError> actionErrors, List<FieldError> importErrors, HttpStatus status,
                                 ImprovementPlanService.ImportSummary summary,
                                 List<ImprovementPlanService.RowOutcome> told, AdoptionForm adoptionTyped) {
        String lang = Pages.lang(request);
        Assessment assessment = access.assessment(caller, id, Need.RESULTS);
        var parameters = request.getParameters();
        List<ActionRow> rows = new ArrayList<>();
        for (ImprovementAction a : plans.plan(id)) {
            Map<String, String> entered = typed.getOrDefault(a.id(), Map.of());
            List<FieldError> own = actionErrors.stream()
                    .filter(e -> e.place() != null && Long.valueOf(a.id()).equals(e.place().item())).toList();
            boolean stale = own.stream().anyMatch(e -> e.place().column() == null);
            List<String> messages = own.stream().map(e -> label(e.place(), lang) + texts.error(lang, e)).toList();
            // a stale action shows what was typed over the newer version, so saving again is a deliberate choice
            rows.add(new ActionRow(a, entered.getOrDefault("owner", a.owner() == null ? "" : a.owner()),
                    entered.getOrDefault("dueDate", String.valueOf(a.dueDate())),
                    entered.getOrDefault("status", a.status().name()),
                    entered.getOrDefault("dependsOn", a.dependsOnText()),
                    stale || !entered.containsKey("version") ? a.version() : parseOr(entered.get("version"), a.version()),
                    messages, stale));
        }
        return HttpResponse.status(status).body(Pages.view("plan/plan", "assessment", assessment,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", catalog.find(assessment.questionnaireId()).map(q -> q.title().in(lang)).orElse(""),
                "actions", rows, "today", LocalDate.now(AssessmentRows.NL),
                "statuses", Arrays.stream(ActionStatus.values()).map(s -> new StatusOption(s.name(), s.label(lang))).toList(),
                "write", access.may(caller, id, Need.WRITE), "details", access.may(caller, id, Need.DETAILS),
                "failed", !actionErrors.isEmpty(), "restored", !typed.isEmpty() && actionErrors.isEmpty(), "conflict", status == HttpStatus.CONFLICT,
                "importErrors", importErrors.stream().map(e -> importError(texts, lang, e)).toList(),
                "updated", parameters.get("bijgewerkt"),
                "importedRows", summary == null ? parameters.get("rijen") : String.valueOf(summary.rows()),
                "importedChanged", summary == null ? parameters.get("gewijzigd") : String.valueOf(summary.changed()),
                "importedRefused", summary == null ? 0 : summary.refused(), "importOutcomes", told,
                "adoption", adoptionTyped != null ? adoptionTyped : plans.adoption(id).map(a -> new AdoptionForm(true,
                        a.adoptedBy(), String.valueOf(a.adoptedOn()), a.worksCouncilConsulted() ? "ja" : "nee",
                        a.worksCouncilOn() == null ? "" : String.valueOf(a.worksCouncilOn()), Map.of()))
                        .orElse(new AdoptionForm(false, "", "", "", "", Map.of())),
                "adoptionFailed", adoptionTyped != null, "adopted", parameters.get("vastgesteld") != null));
    }

    /** A refusal of an uploaded workbook in the page's language, with the row and column it is about. */
    static String importError(Texts texts, String lang, FieldError error) {
        String text = texts.error(lang, error);
        FieldError.Place place = error.place();
        if (place == null || place.row() == null) {
            return text;
        }
        String where = place.column() == null ? texts.get(lang, "plan.import.atRow", String.valueOf(place.row()))
                : texts.get(lang, "plan.import.atCell", String.valueOf(place.row()),
                        texts.get(lang, "plan." + place.column()));
        return where + " " + text;
    }

    /** The column an action's refusal is about, as a label before its text; none for the action as a whole. */
    private String label(FieldError.Place place, String lang) {
        return place.column() == null ? "" : texts.get(lang, "plan." + place.column()) + ": ";
    }

    private static long parseOr(String text, long otherwise) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
