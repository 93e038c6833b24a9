package nl.vptscan.assessment;

import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar vpt-scan.jar release-diff <summary.md> <report.xlsx>}: runs the release diff against the
 * configured database (migrating it first, as a start would) without starting the web server, and writes both files.
 */
public final class ReleaseDiffCommand {

    public static final String NAME = "release-diff";

    private ReleaseDiffCommand() {
    }

    public static void run(String... args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: release-diff <summary.md> <report.xlsx>");
            System.exit(64);
        }
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).start()) {
            ReleaseDiffReport report = context.getBean(ReleaseDiff.class).run();
            Files.writeString(Path.of(args[1]), ReleaseDiffMarkdown.of(report), StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
                ReleaseDiffWorkbook.write(report, out);
            }
            System.out.println(report.assessmentsChanged() + " of " + report.assessments()
                    + " submitted assessments would change; written to " + args[1] + " and " + args[2]);
        }
    }
}
