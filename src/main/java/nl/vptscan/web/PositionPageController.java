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
import nl.vptscan.assessment.Organisation;
import nl.vptscan.benchmark.BenchmarkService;
import nl.vptscan.benchmark.Distribution;
import nl.vptscan.benchmark.Group;
import nl.vptscan.benchmark.GroupScore;
import nl.vptscan.benchmark.MemberBenchmark;
import nl.vptscan.benchmark.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An organisation's own position: its latest self-assessment scores beside the spread in its region and in its
 * sector. Only distributions are shown; no other organisation is named.
 */
@Controller("/organisaties/{id}/benchmark")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PositionPageController {

    /** One group's figures on one score, or why they are withheld. */
    record Spread(@Nullable Distribution d, @Nullable Double percentile, @Nullable String withheld) {

        static Spread of(@Nullable GroupScore score, String lang) {
            if (score == null) {
                return null;
            }
            return new Spread(score.distribution(), score.percentile(),
                    score.withheld() == null ? null : score.withheld().in(lang));
        }
    }

    /** The overall result or one topic: the organisation's own score, its region's and its sector's spread. */
    record Row(String title, @Nullable Double own, @Nullable Integer level, @Nullable Spread region, Spread sector) {
    }

    private final AssessmentAccess access;
    private final BenchmarkService benchmarks;
    private final AssessmentRows rows;

    PositionPageController(AssessmentAccess access, BenchmarkService benchmarks, AssessmentRows rows) {
        this.access = access;
        this.benchmarks = benchmarks;
        this.rows = rows;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String questionnaire, HttpRequest<?> request,
                                           Caller caller) {
        String lang = Pages.lang(request);
        Organisation organisation = access.organisationSelfResults(caller, id);
        List<AssessmentRows.Choice> choices = rows.questionnaires(lang);
        String chosen = questionnaire == null || questionnaire.isBlank() ? choices.get(0).id() : questionnaire;
        MemberBenchmark b = benchmarks.member(id, chosen);
        List<Row> table = new ArrayList<>();
        table.add(row(b.sector().overall(), b.overall(), b.region() == null ? null : b.region().overall(), lang));
        for (GroupScore sector : b.sector().topics()) {
            Score own = b.topics().stream().filter(s -> s.topic().equals(sector.topic())).findFirst().orElse(null);
            table.add(row(sector, own, topic(b.region(), sector.topic()), lang));
        }
        return Pages.view("benchmark/position", "organisation", organisation, "benchmark", b, "rows", table,
                "questionnaires", choices, "chosen", chosen,
                "regionName", b.region() == null ? null : b.region().name().in(lang),
                "sectorName", b.sector().name().in(lang));
    }

    private static Row row(GroupScore sector, @Nullable Score own, @Nullable GroupScore region, String lang) {
        return new Row(sector.title().in(lang), own == null ? null : own.score(), own == null ? null : own.level(),
                Spread.of(region, lang), Spread.of(sector, lang));
    }

    private static GroupScore topic(@Nullable Group group, String topic) {
        if (group == null) {
            return null;
        }
        return group.topics().stream().filter(t -> t.topic().equals(topic)).findFirst().orElse(null);
    }
}
