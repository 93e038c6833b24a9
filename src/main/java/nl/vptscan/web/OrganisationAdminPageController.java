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
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationInput;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.organisation.Sector;
import nl.vptscan.problem.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An administrator creates, edits and deletes organisations; the sector is chosen from the Dutch list. */
@Controller("/organisaties")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrganisationAdminPageController {

    /** The form as typed, shown again when it is refused. */
    record Form(String name, String sector, String employees, String kvkNumber, String regionId, String regionSince) {

        static Form of(FormBody body) {
            return new Form(body.first("name"), body.first("sector"), body.first("employees"), body.first("kvkNumber"),
                    body.first("regionId"), body.first("regionSince"));
        }

        static Form of(Organisation o) {
            return new Form(o.name(), o.sector(), String.valueOf(o.employees()), o.kvkNumber(),
                    o.regionId() == null ? null : String.valueOf(o.regionId()),
                    o.regionSince() == null ? null : o.regionSince().toString());
        }
    }

    /** A sector as the select list shows it. */
    record Choice(String code, String label) {
    }

    private final OrganisationService organisations;
    private final Validator validator;
    private final Texts texts;

    OrganisationAdminPageController(OrganisationService organisations, Validator validator, Texts texts) {
        this.texts = texts;
        this.organisations = organisations;
        this.validator = validator;
    }

    @Get(value = "/nieuw", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newForm(HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        return page(request, HttpStatus.OK, null, new Form(null, null, null, null, null, null), new AdminForms.Wrong(), false);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        Form form = Form.of(FormBody.parse(body));
        AdminForms.Wrong wrong = new AdminForms.Wrong();
        OrganisationInput input = input(form, wrong);
        if (wrong.isEmpty()) {
            try {
                return Pages.seeOther("/organisaties/" + organisations.create(input).id());
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.INVALID) {
                    throw e;
                }
                wrong.refused(e.errors());
            }
        }
        return page(request, HttpStatus.BAD_REQUEST, null, form, wrong, false);
    }

    @Get(value = "/{id}/bewerken", produces = MediaType.TEXT_HTML)
    HttpResponse<?> editForm(long id, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        Organisation o = organisations.get(id);
        return page(request, HttpStatus.OK, o, Form.of(o), new AdminForms.Wrong(), request.getParameters().contains("opgeslagen"));
    }

    @Post(value = "/{id}/bewerken", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(long id, HttpRequest<?> request, @Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        Organisation old = organisations.get(id);
        Form form = Form.of(FormBody.parse(body));
        AdminForms.Wrong wrong = new AdminForms.Wrong();
        OrganisationInput input = input(form, wrong);
        if (wrong.isEmpty()) {
            try {
                organisations.update(id, input);
                return Pages.seeOther("/organisaties/" + id + "/bewerken?opgeslagen=1");
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.INVALID) {
                    throw e;
                }
                wrong.refused(e.errors());
            }
        }
        return page(request, HttpStatus.BAD_REQUEST, old, form, wrong, false);
    }

    @Post(value = "/{id}/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> delete(long id, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        Organisation o = organisations.get(id);
        try {
            organisations.delete(id);
            return Pages.seeOther("/?verwijderd=1");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            ModelAndView<Map<String, Object>> page = view(request, o, Form.of(o), new AdminForms.Wrong(), false);
            page.getModel().orElseThrow().put("hasAssessments", true);
            return HttpResponse.status(HttpStatus.CONFLICT).body(page);
        }
    }

    private OrganisationInput input(Form form, Set<String> wrong) {
        Integer employees = AdminForms.integer(form.employees(), "employees", wrong);
        Long region = AdminForms.id(form.regionId(), "regionId", wrong);
        OrganisationInput input = new OrganisationInput(form.name() == null ? "" : form.name(),
                form.sector() == null ? "" : form.sector(), employees, form.kvkNumber(), region,
                AdminForms.date(form.regionSince(), "regionSince", wrong));
        wrong.addAll(AdminForms.fields(validator.validate(input), List.of()));
        if (Sector.fromCode(input.sector()).isEmpty()) {
            wrong.add("sector");
        }
        return input;
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Organisation o, Form form,
                                 AdminForms.Wrong wrong,
                                 boolean saved) {
        return HttpResponse.status(status).body(view(request, o, form, wrong, saved));
    }

    private ModelAndView<Map<String, Object>> view(HttpRequest<?> request, Organisation o, Form form,
                                                   AdminForms.Wrong wrong,
                                                   boolean saved) {
        String lang = Pages.lang(request);
        return Pages.view("admin/organisation", "organisation", o, "form", form, "wrong", wrong,
                "wrongTexts", wrong.texts(texts, lang),
                "failed", !wrong.isEmpty(), "saved", saved, "hasAssessments", false,
                "sectors", Arrays.stream(Sector.values()).map(s -> new Choice(s.code(), s.label(lang))).toList(),
                "regions", organisations.regions());
    }
}
