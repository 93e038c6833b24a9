package nl.vptscan.benchmark;

import io.micrometer.core.annotation.Timed;
import nl.vptscan.problem.ProblemResponses;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.campaign.CampaignService;
import nl.vptscan.campaign.Monitor;
import nl.vptscan.assessment.AssessmentAccess;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.vptscan.questionnaire.Languages;
import nl.vptscan.questionnaire.Questionnaire;

/** The region benchmark for its coordinator (JSON and workbook) and a member's own benchmark. */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BenchmarkController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BenchmarkService service;
    private final AssessmentAccess access;
    private final CampaignService campaigns;
    private final Monitor monitor;

    BenchmarkController(BenchmarkService service, AssessmentAccess access, CampaignService campaigns, Monitor monitor) {
        this.service = service;
        this.access = access;
        this.campaigns = campaigns;
        this.monitor = monitor;
    }

    @Get("/regions/{id}/benchmark")
    RegionBenchmark region(long id, @Nullable @QueryValue String questionnaire, @Nullable @QueryValue String page,
                           @Nullable @QueryValue String size, @Nullable @QueryValue String sort,
                           @Nullable @QueryValue String order, Caller caller) {
        access.region(caller, id);
        return service.region(id, questionnaire, MemberQuery.of(page, size, sort, order));
    }

    @Get("/organisations/{id}/benchmark")
    MemberBenchmark member(long id, @Nullable @QueryValue String questionnaire, Caller caller) {
        access.organisationSelfResults(caller, id);
        return service.member(id, questionnaire);
    }

    @Get(value = "/regions/{id}/benchmark.xlsx", produces = XLSX)
    @Timed(value = "vptscan.workbook", extraTags = {"workbook", "benchmark"}, description = "Building a workbook")
    HttpResponse<byte[]> workbook(long id, @Nullable @QueryValue String questionnaire,
                                  @Nullable @QueryValue String lang, Caller caller) {
        access.region(caller, id);
        String language = Languages.of(lang);
        RegionBenchmark benchmark = service.regionOverview(id, questionnaire);
        Questionnaire asked = service.questionnaire(questionnaire);
        byte[] bytes = BenchmarkWorkbook.write(benchmark, asked, language,
                campaigns.rounds(id, benchmark.questionnaireId()), monitor.of(id, benchmark.questionnaireId()),
                each -> service.eachMember(id, asked, each));
        String file = BenchmarkWorkbook.fileName(benchmark, language);
        return HttpResponse.ok(bytes).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
