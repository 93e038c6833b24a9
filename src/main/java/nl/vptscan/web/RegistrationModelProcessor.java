package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.registration.RegistrationService;

import java.util.Map;

/**
 * Adds the incident registration to a topic page, for callers who may read the answers: the way to the import page,
 * and per question the evidence note of an accepted registration proposal the answer still holds, so the page marks
 * it as taken over. Kept apart from the questionnaire pages' controller, which need not know about imports.
 */
@Singleton
final class RegistrationModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final RegistrationService registrations;
    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;

    RegistrationModelProcessor(RegistrationService registrations, AssessmentAccess access,
                               AssessmentService assessments, QuestionnaireCatalog catalog) {
        this.registrations = registrations;
        this.access = access;
        this.assessments = assessments;
        this.catalog = catalog;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (modelAndView.getView().filter("questionnaire/topic"::equals).isEmpty()) {
            return;
        }
        modelAndView.getModel().ifPresent(model -> {
            Caller caller = request.getUserPrincipal(Authentication.class).map(Caller::of).orElse(null);
            if (!(model.get("assessment") instanceof Assessment assessment) || caller == null
                    || !access.may(caller, assessment.id(), Need.DETAILS)) {
                return;
            }
            catalog.find(assessment.questionnaireId()).ifPresent(questionnaire -> {
                model.put("registrationHref", QuestionnairePageController.base(assessment.id()) + "/registratie");
                model.put("registrationTaken", registrations.taken(assessment.id(),
                        assessments.answers(assessment.id()).answers(), questionnaire));
            });
        });
    }
}
