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
import nl.vptscan.benchmark.BenchmarkService;
import nl.vptscan.benchmark.Distribution;
import nl.vptscan.benchmark.GroupScore;
import nl.vptscan.benchmark.RegionBenchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A region's benchmark for its coordinator: the spread per topic and every member's overall score. */
@Controller("/regios/{id}/benchmark")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BenchmarkPageController {

    /** One topic's spread, with the box-plot geometry on a 0–100 % scale. */
    record Row(String title, Distribution d, int y, double min, double p25, double median, double p75, double max) {
    }

    private final AssessmentAccess access;
    private final BenchmarkService benchmarks;
    private final AssessmentRows rows;

    BenchmarkPageController(AssessmentAccess access, BenchmarkService benchmarks, AssessmentRows rows) {
        this.access = access;
        this.benchmarks = benchmarks;
        this.rows = rows;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String questionnaire, HttpRequest<?> request,
                                           Caller caller) {
        String lang = Pages.lang(request);
        access.region(caller, id);
        List<AssessmentRows.Choice> choices = rows.questionnaires(lang);
        String chosen = questionnaire == null || questionnaire.isBlank() ? choices.get(0).id() : questionnaire;
        RegionBenchmark benchmark = benchmarks.region(id, chosen);
        List<Row> topics = new ArrayList<>();
        List<GroupScore> scores = new ArrayList<>();
        scores.add(benchmark.distribution().overall());
        scores.addAll(benchmark.distribution().topics());
        for (GroupScore score : scores) {
            Distribution d = score.distribution();
            if (d != null) {
                topics.add(new Row(score.title().in(lang), d, topics.size() * (Charts.BAR_HEIGHT + 8),
                        x(d.min()), x(d.p25()), x(d.median()), x(d.p75()), x(d.max())));
            }
        }
        return Pages.view("benchmark/benchmark", "benchmark", benchmark, "questionnaires", choices, "chosen", chosen,
                "available", benchmark.distribution().available(), "topics", topics,
                "chartHeight", Math.max(Charts.BAR_HEIGHT, topics.size() * (Charts.BAR_HEIGHT + 8)),
                "labelWidth", Charts.BAR_LABEL_WIDTH, "barWidth", Charts.BAR_WIDTH);
    }

    private static double x(double percentage) {
        return Charts.BAR_LABEL_WIDTH + Math.round(percentage / 100.0 * Charts.BAR_WIDTH * 10) / 10.0;
    }
}
