package nl.vptscan.assessment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.vptscan.problem.ProblemResponses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Administrators: what scoring every submitted assessment with today's rules would change, as JSON or workbook. */
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@ProblemResponses
class ReleaseDiffController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReleaseDiff diff;

    ReleaseDiffController(ReleaseDiff diff) {
        this.diff = diff;
    }

    @Post("/release-diff")
    ReleaseDiffReport report() {
        return diff.run();
    }

    @Post(value = "/release-diff.xlsx", produces = XLSX)
    HttpResponse<byte[]> workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReleaseDiffWorkbook.write(diff.run(), out);
        return HttpResponse.ok(out.toByteArray()).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"release-diff.xlsx\"");
    }
}
