package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.problem.ProblemResponses;

import java.util.List;

/**
 * Answer once for both instruments: what a draft may take over from the other instrument, taking it over,
 * confirming taken-over answers, and how a submitted assessment's answers score under the other instrument.
 */
@ProblemResponses
@Controller("/api/assessments/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PrefillController {

    private final PrefillService prefill;
    private final InstrumentComparison comparison;
    private final AssessmentAccess access;

    PrefillController(PrefillService prefill, InstrumentComparison comparison, AssessmentAccess access) {
        this.prefill = prefill;
        this.comparison = comparison;
        this.access = access;
    }

    @Serdeable
    record Take(@NotNull Long sourceAssessmentId) {
    }

    @Serdeable
    record Confirmation(@Nullable @Size(max = 500) List<String> questions, @Nullable String topic) {
    }

    @Get("/prefill")
    PrefillService.Offer offer(long id, Caller caller) {
        access.assessment(caller, id, Need.DETAILS);
        return prefill.offer(id, a -> access.may(caller, a.id(), Need.DETAILS)).orElseThrow(() ->
                DomainException.notFound("Assessment " + id + " has nothing to take over from another instrument",
                        "prefill.none"));
    }

    @Post("/prefill")
    AnswerSheet take(long id, @Valid @Body Take body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return prefill.accept(id, body.sourceAssessmentId(), a -> access.may(caller, a.id(), Need.DETAILS),
                caller.username());
    }

    @Post("/confirmations")
    AnswerSheet confirm(long id, @Valid @Body Confirmation body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        boolean byQuestion = body.questions() != null && !body.questions().isEmpty();
        if (byQuestion == (body.topic() != null)) {
            throw DomainException.invalid("Name either the questions or the topic to confirm", List.of(
                    FieldError.coded("questions", "give either questions or topic", "prefill.questionsOrTopic")));
        }
        return byQuestion ? prefill.confirm(id, body.questions(), caller.username())
                : prefill.confirmTopic(id, body.topic(), caller.username());
    }

    @Get("/other-instrument")
    InstrumentComparison.View otherInstrument(long id, Caller caller) {
        access.assessment(caller, id, Need.DETAILS);
        return comparison.of(id).orElseThrow(() -> DomainException.notFound("Assessment " + id
                + " is not submitted, or its questionnaire is mapped to no other instrument", "other.none", id));
    }
}
