package nl.vptscan.improvementplan;

import nl.vptscan.TestAnswers;
import nl.vptscan.assessment.AnswerSheet;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.Finding;
import nl.vptscan.result.Result;
import nl.vptscan.result.Severity;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.AssessmentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan workbook printed by LibreOffice as a recipient would: a plan of 20 actions with the real findings'
 * texts prints on A4 landscape in at most 6 pages, every page numbered and every table page with its header.
 */
class PlanPrintIT {

    private static final Questionnaire VPT = TestAnswers.questionnaire("vpt-8-maatregelen");

    @Test
    void planOfTwentyActionsPrintsOnAtMostSixLandscapePagesWithTheHeaderOnEach(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path workbook = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            PlanWorkbook.write(document(20), out);
        }
        Path pdf = Pdfs.convert(workbook, dir);
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target/plan-van-aanpak-20.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Map<String, String> info = Pdfs.info(pdf);
        int pages = Integer.parseInt(info.get("Pages"));
        Matcher size = Pattern.compile("([0-9.]+) x ([0-9.]+) pts").matcher(info.get("Page size"));
        assertTrue(size.find() && info.get("Page size").contains("A4"), info.toString());
        assertTrue(Double.parseDouble(size.group(1)) > Double.parseDouble(size.group(2)), "landscape: " + info);
        int planPages = 0;
        for (int page = 1; page <= pages; page++) {
            String text = Pdfs.text(pdf, page);
            assertTrue(text.contains("pagina "), "page " + page + " has no page number:\n" + text);
            if (page == 1) {
                assertTrue(text.contains("— Samenvatting") && text.contains("Score per onderwerp"),
                        "the summary with its chart on the first page:\n" + text);
            }
            if (text.contains("— Plan van aanpak")) {
                planPages++;
                for (String header : List.of("Nr", "Maatregel", "Hangt af van", "Rol", "Risico/functiegroep", "Controle",
                        "Eigenaar", "Uiterste datum", "Opmerkingen")) {
                    assertTrue(text.contains(header), "page " + page + " lacks the header " + header + ":\n" + text);
                }
                assertTrue(!text.contains("Actie-id") && !text.contains("Versie"), "hidden columns printed:\n" + text);
            }
            if (text.contains("— Bevindingen")) {
                assertTrue(text.contains("Toelichting"), "page " + page + " lacks its header:\n" + text);
            }
            if (text.contains("— Antwoorden")) {
                assertTrue(text.contains("Vraag-id"), "page " + page + " lacks its header:\n" + text);
            }
        }
        assertTrue(planPages >= 1 && planPages <= 3, planPages + " pages for the plan sheet");
        assertTrue(pages <= 6, pages + " pages for a plan of 20 actions");
    }

    /** A submitted VPT assessment whose plan has {@code count} actions with the texts of real findings. */
    @SuppressWarnings("unchecked")
    static PlanDocument document(int count) throws IOException {
        List<Map<String, Object>> definitions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules/vpt-8-maatregelen"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".findings.yaml")).sorted().toList()) {
                Map<String, Object> findings = new Yaml().load(Files.readString(file));
                findings.forEach((id, definition) -> {
                    Map<String, Object> d = new java.util.HashMap<>((Map<String, Object>) definition);
                    d.put("id", id);
                    definitions.add(d);
                });
            }
        }
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        List<ImprovementAction> actions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> d = definitions.get(i % definitions.size());
            String id = (String) d.get("id");
            String topic = id.substring(5, 7).toLowerCase(java.util.Locale.ROOT);
            topic = VPT.topic(topic).isPresent() ? topic : "m1";
            Map<String, String> finding = (Map<String, String>) d.get("finding");
            Map<String, Object> action = (Map<String, Object>) d.get("action");
            Map<String, String> text = (Map<String, String>) action.get("text");
            String legal = String.join("; ", (List<String>) d.get("legal"));
            actions.add(new ImprovementAction((long) i + 1, 7L, i, id, topic, (String) d.get("severity"), finding.get("nl"),
                    finding.get("en"), legal, text.get("nl"), text.get("en"), (Integer) action.get("priority"), null,
                    LocalDate.of(2026, 9, 1).plusDays(i), ActionStatus.OPEN, null, null, now, 1L)
                    .planned(i == 0 ? List.of() : List.of(i, Math.max(1, i - 3)).stream().distinct().sorted().toList(),
                            (String) action.get("owner"), (String) action.get("owner"), text(action, "group", "nl"),
                            text(action, "group", "en"), text(action, "check", "nl"), text(action, "check", "en")));
            findings.add(new Finding(id, topic, Severity.valueOf((String) d.get("severity")), finding.get("nl"),
                    finding.get("en"), legal, List.of(new nl.vptscan.result.Evidence(VPT.topics().get(0).questions().get(0).id(), "no"))));
        }
        List<TopicResult> topics = new ArrayList<>();
        for (Topic topic : VPT.topics()) {
            topics.add(new TopicResult(topic.id(), 2, 10, 20, 0, null));
        }
        Result result = new Result(VPT.id(), VPT.version(), "abc123", 20, 0, 3, topics, findings, List.of());
        return new PlanDocument(new Organisation(3L, "Gemeente Afdrukstad", "gemeente", 900, null, null, null, now, now),
                new Assessment(7L, 3L, VPT.id(), VPT.version(), AssessmentContext.Kind.SELF, Assessment.Status.SUBMITTED,
                        "tester", now, now),
                VPT, new StoredResult(11L, 7L, StoredResult.Reason.SUBMIT, now, LocalDate.of(2026, 6, 1), result),
                actions.stream().sorted(ImprovementPlanService.PLAN_ORDER).toList(),
                new AnswerSheet(7L, Assessment.Status.SUBMITTED, Map.of(), 0, 0, List.of()),
                new PlanAdoption(7L, "Directie, J. de Vries", LocalDate.of(2026, 5, 20), true, LocalDate.of(2026, 5, 12),
                        "tester", now),
                Map.of(VPT.topics().get(0).questions().get(0).id(), List.of(new nl.vptscan.evidence.Attachment(1L, 7L,
                        VPT.topics().get(0).questions().get(0).id(), "huisregels.pdf", "application/pdf", 250_000L,
                        "0".repeat(64), "tester", now))),
                "nl", LocalDate.of(2026, 6, 1));
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> action, String key, String lang) {
        Map<String, String> text = (Map<String, String>) action.get(key);
        return text == null ? null : text.get(lang);
    }
}
