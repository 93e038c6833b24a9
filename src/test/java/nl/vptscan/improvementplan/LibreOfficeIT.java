package nl.vptscan.improvementplan;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second, independent client: LibreOffice opens the generated plan and prints it to PDF as a recipient would. */
@MicronautTest(transactional = false)
class LibreOfficeIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void libreOfficeConvertsThePlanToPdf(@TempDir Path dir) throws IOException, InterruptedException {
        long assessment = new PlanFixture(client.toBlocking()).submittedWithPlan("Gemeente LibreOffice");
        Path workbook = dir.resolve("plan.xlsx");
        Files.write(workbook, new PlanFixture(client.toBlocking()).download(assessment, "nl"));
        Path pdf = Pdfs.convert(workbook, dir);
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 5_000, "PDF of " + bytes.length + " bytes");
        assertEquals("%PDF", new String(bytes, 0, 4));
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target/plan-van-aanpak.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(workbook, Path.of("target/plan-van-aanpak.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
