package nl.vptscan.improvementplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LibreOffice and poppler as a recipient's tools: convert a document to PDF, count its pages, read a page's text. */
public final class Pdfs {

    private Pdfs() {
    }

    /** Converts a document to PDF with LibreOffice in its own profile; returns the PDF beside it. */
    public static Path convert(Path document, Path dir) throws IOException, InterruptedException {
        String output = run(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "pdf", "--outdir",
                dir.toString(), document.toString()), 240);
        String name = document.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertTrue(Files.exists(pdf), output);
        return pdf;
    }

    /** What pdfinfo says of a PDF, by its labels ("Pages", "Page size", ...). */
    public static Map<String, String> info(Path pdf) throws IOException, InterruptedException {
        Map<String, String> info = new LinkedHashMap<>();
        for (String line : run(List.of("pdfinfo", pdf.toString()), 60).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                info.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return info;
    }

    /** The text of one page (from 1), in reading order. */
    public static String text(Path pdf, int page) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-"), 60);
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), command.get(0) + " did not finish");
        String output = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
