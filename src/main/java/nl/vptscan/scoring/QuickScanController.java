package nl.vptscan.scoring;

import nl.vptscan.organisation.Sector;
import nl.vptscan.problem.ProblemResponses;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.AnswerCheck;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores a set of answers at once and returns the full result; nothing is stored. */
@ProblemResponses
@Controller("/api/score")
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuickScanController {

    private final QuestionnaireCatalog catalog;
    private final Scorer scorer;
    private final QuickScanJson json;
    private final Clock clock;

    QuickScanController(QuestionnaireCatalog catalog, Scorer scorer, QuickScanJson json, Clock clock) {
        this.catalog = catalog;
        this.scorer = scorer;
        this.json = json;
        this.clock = clock;
    }


    /** The answer is written by {@link QuickScanJson}: the JSON of a {@link QuickScanResult}. */
    @Post("/{questionnaireId}")
    @ApiResponse(responseCode = "200", description = "The scored result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuickScanResult.class)))
    HttpResponse<byte[]> score(@PathVariable String questionnaireId, @Body QuickScanRequest body) {
        Questionnaire questionnaire = catalog.find(questionnaireId)
                .orElseThrow(() -> DomainException.notFound("No questionnaire with id '" + questionnaireId + "'",
                        "questionnaire.notFound", questionnaireId));
        List<FieldError> errors = new ArrayList<>();
        AssessmentContext context = context(body.context(), errors);
        Map<String, AnswerValue> answers = Map.of();
        try {
            answers = AnswerCheck.parse(questionnaire, body.answers() == null ? Map.of() : body.answers(), "answers",
                    context.referenceDate());
        } catch (DomainException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.size() + " field(s) rejected", errors);
        }
        return HttpResponse.ok(json.write(QuickScanResult.of(scorer.score(questionnaire, answers, context))))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private AssessmentContext context(QuickScanRequest.Context raw, List<FieldError> errors) {
        LocalDate today = LocalDate.now(clock);
        if (raw == null) {
            return new AssessmentContext(Sector.OVERIG.code(), 0, AssessmentContext.Kind.SELF, today);
        }
        String sector = Sector.OVERIG.code();
        if (raw.sector() != null) {
            if (Sector.fromCode(raw.sector()).isPresent()) {
                sector = raw.sector();
            } else {
                errors.add(FieldError.coded("context.sector", "expected one of " + Sector.codes(), "sector.unknown",
                        raw.sector()));
            }
        }
        int employees = raw.employees() == null ? 0 : raw.employees();
        if (employees < 0 || employees > 10_000_000) {
            errors.add(FieldError.coded("context.employees", "expected a number of employees from 0 to 10000000",
                    "employees.range", 10_000_000));
            employees = 0;
        }
        AssessmentContext.Kind kind = AssessmentContext.Kind.SELF;
        if (raw.kind() != null) {
            try {
                kind = AssessmentContext.Kind.valueOf(raw.kind());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("context.kind", "expected SELF or AUDIT", "assessment.kind"));
            }
        }
        LocalDate date = today;
        if (raw.date() != null) {
            try {
                date = LocalDate.parse(raw.date());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.coded("context.date", "expected a date as yyyy-mm-dd", "date.format"));
            }
        }
        return new AssessmentContext(sector, employees, kind, date);
    }
}
