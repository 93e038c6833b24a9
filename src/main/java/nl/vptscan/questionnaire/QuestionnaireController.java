package nl.vptscan.questionnaire;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import nl.vptscan.problem.DomainException;

import java.util.List;

/** Lists the questionnaires and shows one in full, in Dutch or English. */
@ProblemResponses
@Controller("/api/questionnaires")
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionnaireController {

    private final QuestionnaireCatalog catalog;

    QuestionnaireController(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    List<QuestionnaireView.Summary> list(@Nullable @QueryValue String lang) {
        return catalog.all().stream().map(q -> QuestionnaireView.Summary.of(q, Languages.of(lang))).toList();
    }

    @Get("/{id}")
    QuestionnaireView.Full show(@PathVariable String id, @Nullable @QueryValue String lang) {
        Questionnaire questionnaire = catalog.find(id)
                .orElseThrow(() -> DomainException.notFound("No questionnaire with id '" + id + "'",
                        "questionnaire.notFound", id));
        return QuestionnaireView.Full.of(questionnaire, Languages.of(lang));
    }
}
