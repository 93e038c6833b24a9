package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.Region;
import nl.vptscan.campaign.Monitor;
import nl.vptscan.campaign.MonitorView;
import nl.vptscan.campaign.RoundName;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.util.List;
import java.util.Map;

/** A region's monitor for its coordinator: members per level per topic in each round, and the change between rounds. */
@Controller("/regios/{id}/monitor")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MonitorPageController {

    /** A round with its name for the page. */
    record Round(String name, MonitorView.RoundFigures figures) {
    }

    /** A change between two named rounds. */
    record Change(String from, String to, MonitorView.Change change) {
    }

    private final AssessmentAccess access;
    private final Monitor monitor;
    private final QuestionnaireCatalog catalog;
    private final AssessmentRows rows;

    MonitorPageController(AssessmentAccess access, Monitor monitor, QuestionnaireCatalog catalog, AssessmentRows rows) {
        this.access = access;
        this.monitor = monitor;
        this.catalog = catalog;
        this.rows = rows;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String questionnaire, HttpRequest<?> request,
                                           Caller caller) {
        String lang = Pages.lang(request);
        Region region = access.region(caller, id);
        List<AssessmentRows.Choice> choices = rows.questionnaires(lang);
        String chosen = questionnaire == null || questionnaire.isBlank() ? choices.get(0).id() : questionnaire;
        MonitorView view = monitor.of(id, chosen);
        Questionnaire q = catalog.find(chosen).orElseThrow();
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        q.topics().forEach(t -> titles.put(t.id(), t.title().in(lang)));
        return Pages.view("campaign/monitor", "region", region, "monitor", view, "questionnaires", choices,
                "chosen", chosen, "titles", titles,
                "rounds", view.rounds().stream().map(r -> new Round(RoundName.of(r.round(), lang), r)).toList(),
                "changes", view.changes().stream().map(c -> new Change(RoundName.of(c.fromRound(), lang),
                        RoundName.of(c.toRound(), lang), c)).toList());
    }
}
