package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.registration.Figure;
import nl.vptscan.registration.Figures;
import nl.vptscan.registration.Proposal;
import nl.vptscan.registration.RegistrationImport;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.DomainExceptionHandler;
import nl.vptscan.registration.RegistrationRefused;
import nl.vptscan.registration.RegistrationService;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures from the incident registration on an assessment: upload an export, see what was computed from its last
 * 12 months, and take the proposed answers over (each one ticked; an answer given otherwise is replaced only when
 * its box is ticked deliberately). A refused export is explained on the page in its language, row by row.
 */
@Controller("/beoordelingen/{id}/registratie")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RegistrationPageController {

    /** A source in the select list. */
    record SourceOption(String id, String title) {
    }

    /** A share as the page shows it. */
    record ShareRow(String figure, String percent, int count, int of) {
    }

    /** A proposed answer as the page shows it. */
    record ProposalRow(String questionId, String htmlId, String question, String current, String proposed,
                       String evidence, boolean differs) {
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final AssessmentAccess access;
    private final RegistrationService registrations;
    private final QuestionnaireCatalog catalog;
    private final Texts texts;

    RegistrationPageController(AssessmentAccess access, RegistrationService registrations, QuestionnaireCatalog catalog,
                               Texts texts) {
        this.access = access;
        this.registrations = registrations;
        this.catalog = catalog;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(long id, HttpRequest<?> request, Caller caller) {
        return page(id, request, caller, null, HttpStatus.OK);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(long id, HttpRequest<?> request, @Nullable @Part("source") String source,
                           @Nullable @Part("file") CompletedFileUpload file, Caller caller) throws IOException {
        access.assessment(caller, id, Need.WRITE);
        boolean chosen = file != null && (file.getSize() > 0 || !file.getFilename().isBlank());
        try {
            registrations.importExport(caller, id, source, chosen ? file.getFilename() : null,
                    chosen ? file.getBytes() : null);
        } catch (RegistrationRefused refused) {
            return page(id, request, caller, refused, DomainExceptionHandler.status(refused.kind()));
        }
        return Pages.seeOther(QuestionnairePageController.base(id) + "/registratie?ingelezen=1");
    }

    @Post(value = "/{importId}/overnemen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> accept(long id, long importId, HttpRequest<?> request, @Body String body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        List<String> questions = FormBody.parse(body).all("vraag");
        try {
            registrations.accept(caller, id, importId, questions);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            return page(id, request, caller, refused, DomainExceptionHandler.status(refused.kind()));
        }
        return Pages.seeOther(QuestionnairePageController.base(id) + "/registratie?overgenomen=" + questions.size());
    }

    private HttpResponse<?> page(long id, HttpRequest<?> request, Caller caller, DomainException refused,
                                 HttpStatus status) {
        String lang = Pages.lang(request);
        Assessment assessment = access.assessment(caller, id, Need.DETAILS);
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        RegistrationImport latest = registrations.latest(caller, id).orElse(null);
        var parameters = request.getParameters();
        return HttpResponse.status(status).body(Pages.view("registration/registration", "assessment", assessment,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", questionnaire.title().in(lang),
                "editable", assessment.status() == Assessment.Status.DRAFT && access.may(caller, id, Need.WRITE),
                "sources", registrations.sources().stream().map(s -> new SourceOption(s.id(), s.title().in(lang))).toList(),
                "maxMb", registrations.settings().maxFileMb(), "months", registrations.settings().months(),
                "refusal", refused == null ? null : texts.error(lang, refused.code(), refused.params(), refused.getMessage()),
                "exportRefused", refused instanceof RegistrationRefused, "refusalDetails", refused == null ? List.of() : details(refused, lang),
                "imported", parameters.contains("ingelezen"), "accepted", parameters.get("overgenomen"),
                "latest", latest,
                "importedOn", latest == null ? null : date(LocalDate.ofInstant(latest.importedAt(), AssessmentRows.NL)),
                "acceptedOn", latest == null || latest.acceptedAt() == null ? null
                        : date(LocalDate.ofInstant(latest.acceptedAt(), AssessmentRows.NL)),
                "periodFrom", latest == null ? null : date(latest.figures().from()),
                "periodTo", latest == null ? null : date(latest.figures().to()),
                "shares", latest == null ? List.of() : shares(latest.figures(), lang),
                "absenceDays", latest == null ? null : number(latest.figures().absenceDays(), lang),
                "proposals", latest == null ? List.of() : proposals(latest, questionnaire, lang)));
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A number as the page's language writes it: a decimal comma in Dutch. */
    private static String number(java.math.BigDecimal value, String lang) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(lang) ? plain : plain.replace('.', ',');
    }

    /** Each bad row, column or file problem in the page's language; the refusal itself is said once above them. */
    private List<String> details(DomainException refused, String lang) {
        return refused.errors().stream().filter(e -> !refused.code().equals(e.code()))
                .map((FieldError e) -> texts.error(lang, e)).toList();
    }

    private List<ShareRow> shares(Figures figures, String lang) {
        List<ShareRow> rows = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            Figures.Share share = figures.share(figure);
            rows.add(new ShareRow(texts.get(lang, figure.messageKey()), share.percent() == null
                    ? texts.get(lang, "registration.noShare") : number(share.percent(), lang) + "%",
                    share.count(), share.of()));
        }
        return rows;
    }

    private List<ProposalRow> proposals(RegistrationImport latest, Questionnaire questionnaire, String lang) {
        List<ProposalRow> rows = new ArrayList<>();
        for (Proposal p : latest.proposals()) {
            Question question = questionnaire.question(p.questionId()).orElseThrow();
            rows.add(new ProposalRow(p.questionId(), p.questionId().replace('.', '-'), question.text().in(lang),
                    p.current() == null ? "" : question.parse(p.current()).label(question, lang),
                    question.parse(p.value()).label(question, lang), p.evidence(), p.differs()));
        }
        return rows;
    }
}
