package nl.vptscan.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.problem.ProblemResponses;
import nl.vptscan.questionnaire.Languages;

import java.io.IOException;

/**
 * The report of an assessment for management, the works council and the inspector, for whoever may read its result:
 * {@code report.docx} (Word, editable) and {@code report.pdf}, in the reader's language ({@code ?lang=nl|en}, else
 * the language the pages remember, else Dutch).
 */
@ProblemResponses
@Controller("/api/assessments/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReportController {

    /** The cookie in which the pages remember the reader's language. */
    private static final String LANG_COOKIE = "lang";

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @Get(value = "/report.docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    HttpResponse<byte[]> docx(long id, @Nullable @QueryValue String lang, HttpRequest<?> request, Caller caller)
            throws IOException {
        return download(reports.docx(caller, id, language(lang, request)));
    }

    @Get(value = "/report.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(long id, @Nullable @QueryValue String lang, HttpRequest<?> request, Caller caller)
            throws IOException {
        return download(reports.pdf(caller, id, language(lang, request)));
    }

    private static HttpResponse<byte[]> download(ReportService.Document document) {
        return HttpResponse.ok(document.content()).contentType(document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
    }

    /** The language asked for (400 for one the service does not speak), else the pages' remembered one. */
    static String language(@Nullable String asked, HttpRequest<?> request) {
        if (asked != null && !asked.isBlank()) {
            return Languages.of(asked);
        }
        return request.getCookies().findCookie(LANG_COOKIE).map(Cookie::getValue)
                .filter("en"::equalsIgnoreCase).map(v -> "en").orElse("nl");
    }
}
