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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.Region;
import nl.vptscan.benchmark.Membership;
import nl.vptscan.problem.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An administrator's regions: create one, add members from a start date, take members out. */
@Controller("/regios")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RegionPageController {

    private final OrganisationService organisations;
    private final Membership membership;
    private final Texts texts;

    RegionPageController(OrganisationService organisations, Membership membership, Texts texts) {
        this.texts = texts;
        this.organisations = organisations;
        this.membership = membership;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        return regions(new AdminForms.Wrong(), null, Pages.lang(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        String name = FormBody.parse(body).first("name");
        AdminForms.Wrong wrong = new AdminForms.Wrong();
        try {
            Region region = organisations.createRegion(name);
            return Pages.seeOther("/regios/" + region.id());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT) {
                wrong.refused("regionName", e);
            } else if (e.kind() == DomainException.Kind.INVALID) {
                wrong.refused("name", e);
            } else {
                throw e;
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(regions(wrong, name, Pages.lang(request)));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String pagina, HttpRequest<?> request,
                                           Caller caller) {
        AdminForms.requireAdmin(caller);
        return region(id, pagina, new AdminForms.Wrong(), null, null, Pages.lang(request));
    }

    @Post(value = "/{id}/leden", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> join(long id, @Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        organisations.region(id);
        FormBody form = FormBody.parse(body);
        AdminForms.Wrong wrong = new AdminForms.Wrong();
        Long organisation = AdminForms.id(form.first("organisationId"), "organisationId", wrong);
        LocalDate since = AdminForms.date(form.first("since"), "since", wrong);
        if (organisation == null) {
            wrong.add("organisationId");
        }
        if (wrong.isEmpty()) {
            try {
                membership.join(id, organisation, since);
                return Pages.seeOther("/regios/" + id);
            } catch (DomainException e) { // the region exists: what is not found is the organisation
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                wrong.refused("organisationId", e);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(region(id, null, wrong, form.first("organisationId"),
                form.first("since"), Pages.lang(request)));
    }

    @Post(value = "/{id}/leden/{organisationId}/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> leave(long id, long organisationId, Caller caller) {
        AdminForms.requireAdmin(caller);
        membership.leave(id, organisationId);
        return Pages.seeOther("/regios/" + id);
    }

    private ModelAndView<Map<String, Object>> regions(AdminForms.Wrong wrong, String name, String lang) {
        return Pages.view("admin/regions", "regions", organisations.regions(), "wrong", wrong,
                "wrongTexts", wrong.texts(texts, lang), "failed", !wrong.isEmpty(),
                "name", name);
    }

    private ModelAndView<Map<String, Object>> region(long id, String page, AdminForms.Wrong wrong, String chosen,
                                                     String since, String lang) {
        Region region = organisations.region(id);
        List<Organisation> members = organisations.members(id);
        List<Organisation> others = organisations.list().stream().filter(o -> !Long.valueOf(id).equals(o.regionId())).toList();
        return Pages.view("admin/region", "region", region, "members", AdminForms.Paged.of(members, page),
                "others", others, "wrong", wrong, "wrongTexts", wrong.texts(texts, lang), "failed", !wrong.isEmpty(), "chosen", chosen == null ? "" : chosen,
                "since", since);
    }
}
