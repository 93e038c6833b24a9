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
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.benchmark.BenchmarkService;
import nl.vptscan.benchmark.Distribution;
import nl.vptscan.benchmark.GroupScore;
import nl.vptscan.benchmark.MemberQuery;
import nl.vptscan.benchmark.MemberScores;
import nl.vptscan.benchmark.RegionBenchmark;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A region's benchmark for its coordinator: the spread per topic on a 0–100 % scale with a legend, and every
 * member's overall score, percentile, change since last year and progress, a page of members at a time.
 */
@Controller("/regios/{id}/benchmark")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BenchmarkPageController {

    /** Width of a box plot in its own coordinates: a score of p % is at x = p × 4. */
    static final int PLOT_WIDTH = 400;

    /** One topic's spread, with the box-plot geometry on a 0–400 scale. */
    record Row(String title, Distribution d, double min, double p25, double median, double p75, double max) {
    }

    /** A member on the current page, with the progress of its latest self-assessment of the questionnaire. */
    record Member(MemberScores scores, String progress) {
    }

    /** Members a page shows at a time. */
    static final int PAGE_SIZE = 25;
    /** The query words of the page's orders. */
    static final Map<MemberQuery.Sort, String> SORTS = Map.of(MemberQuery.Sort.NAME, "naam", MemberQuery.Sort.SCORE, "score");
    static final String ASCENDING = "oplopend";
    static final String DESCENDING = "aflopend";

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final BenchmarkService benchmarks;
    private final AssessmentRows rows;

    BenchmarkPageController(AssessmentAccess access, AssessmentService assessments, BenchmarkService benchmarks,
                            AssessmentRows rows) {
        this.access = access;
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.rows = rows;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String questionnaire,
                                           @Nullable @QueryValue String pagina, @Nullable @QueryValue String sortering,
                                           @Nullable @QueryValue String volgorde, HttpRequest<?> request,
                                           Caller caller) {
        String lang = Pages.lang(request);
        access.region(caller, id);
        List<AssessmentRows.Choice> choices = rows.questionnaires(lang);
        String chosen = questionnaire == null || questionnaire.isBlank() ? choices.get(0).id() : questionnaire;
        MemberQuery query = query(pagina, sortering, volgorde);
        RegionBenchmark benchmark = benchmarks.region(id, chosen, query);
        if (benchmark.page() > benchmark.pages()) {
            benchmark = benchmarks.region(id, chosen, new MemberQuery(benchmark.pages(), PAGE_SIZE, query.sort(),
                    query.descending()));
        }
        List<Row> topics = new ArrayList<>();
        List<GroupScore> scores = new ArrayList<>();
        scores.add(benchmark.distribution().overall());
        scores.addAll(benchmark.distribution().topics());
        for (GroupScore score : scores) {
            Distribution d = score.distribution();
            if (d != null) {
                topics.add(new Row(score.title().in(lang), d, x(d.min()), x(d.p25()), x(d.median()), x(d.p75()), x(d.max())));
            }
        }
        AdminForms.Paged<MemberScores> page = new AdminForms.Paged<>(benchmark.scores(), benchmark.page(),
                benchmark.pages(), benchmark.members());
        List<Member> members = page.rows().stream().map(m -> new Member(m, progress(m.organisationId(), chosen))).toList();
        return Pages.view("benchmark/benchmark", "benchmark", benchmark, "questionnaires", choices, "chosen", chosen,
                "available", benchmark.distribution().available(), "topics", topics, "members", members, "page", page,
                "plotWidth", PLOT_WIDTH, "sortering", SORTS.get(query.sort()),
                "volgorde", query.descending() ? DESCENDING : ASCENDING);
    }

    /**
     * The page of members asked for, {@value #PAGE_SIZE} at a time. As on the other paged lists, a page number or
     * an order the page does not know shows the first page in name order (a page past the last shows the last).
     */
    private static MemberQuery query(String pagina, String sortering, String volgorde) {
        int page = 1;
        try {
            page = pagina == null ? 1 : Math.max(1, Integer.parseInt(pagina.strip()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        MemberQuery.Sort sort = SORTS.entrySet().stream().filter(e -> e.getValue().equals(sortering))
                .map(Map.Entry::getKey).findFirst().orElse(MemberQuery.Sort.NAME);
        boolean descending = volgorde == null || !(ASCENDING.equals(volgorde) || DESCENDING.equals(volgorde))
                ? sort == MemberQuery.Sort.SCORE : DESCENDING.equals(volgorde);
        return new MemberQuery(page, PAGE_SIZE, sort, descending);
    }

    /** NONE (not started), DRAFT or SUBMITTED: the status of the member's newest self-assessment of the questionnaire. */
    private String progress(long organisation, String questionnaire) {
        return assessments.ofOrganisation(organisation).stream()
                .filter(a -> a.kind() == AssessmentContext.Kind.SELF && a.questionnaireId().equals(questionnaire))
                .findFirst().map(Assessment::status).map(Enum::name).orElse("NONE");
    }

    private static double x(double percentage) {
        return Math.round(percentage / 100.0 * PLOT_WIDTH * 10) / 10.0;
    }
}
