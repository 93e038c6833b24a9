package nl.vptscan.bench;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.AnswerCheck;
import nl.vptscan.questionnaire.AnswerOption;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.AssessmentResult;
import nl.vptscan.scoring.QuickScanJson;
import nl.vptscan.scoring.QuickScanRequest;
import nl.vptscan.scoring.QuickScanResult;
import nl.vptscan.scoring.RuleBook;
import nl.vptscan.scoring.Scorer;
import nl.vptscan.scoring.fact.AssessmentContext;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures rule compilation (classic DRL and the executable model) and warm scoring of complete answer sets.
 * Run through {@code scripts/bench-scoring.sh}, one mode per fresh JVM: {@code classic}, {@code model}, {@code score}.
 */
public final class ScoringBench {

    private static final Path RULES = Path.of("rules");
    private static final Path QUESTIONNAIRES = Path.of("questionnaires");
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 1);
    /** {@code -Dvptscan.bench.smoke=true}: a few calls only, to show that it still runs (no meaningful figures). */
    private static final boolean SMOKE = Boolean.getBoolean("vptscan.bench.smoke");
    private static final int COMPILE_REPEATS = SMOKE ? 1 : 5;
    private static final int WARM_UP = SMOKE ? 100 : 20_000;
    private static final int BATCHES = SMOKE ? 2 : 10;
    private static final int BATCH_SIZE = SMOKE ? 100 : 10_000;

    private ScoringBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "classic" -> compileTimes("classic DRL (RuleBook.compile)", () -> consequenceKind(RuleBook.compile(RULES, QuestionnaireCatalog.load(QUESTIONNAIRES, LegalCatalogue.inRules(Path.of("rules")))).kieBase()));
            case "model" -> compileTimes("executable model (buildAll(ExecutableModelProject.class))", ScoringBench::buildExecutableModel);
            case "score" -> scoring();
            default -> {
                System.err.println("usage: ScoringBench classic|model|score");
                System.exit(2);
            }
        }
    }

    private interface Compile {
        String run() throws Exception;
    }

    private static void compileTimes(String what, Compile compile) throws Exception {
        long start = System.nanoTime();
        String kind = compile.run();
        double first = millis(System.nanoTime() - start);
        double[] again = new double[COMPILE_REPEATS];
        for (int i = 0; i < COMPILE_REPEATS; i++) {
            start = System.nanoTime();
            compile.run();
            again[i] = millis(System.nanoTime() - start);
        }
        Arrays.sort(again);
        System.out.printf("compile %-58s first (fresh JVM) %7.0f ms   median of %d more %6.0f ms   [rules: %s, %d .drl files]%n",
                what, first, COMPILE_REPEATS, again[COMPILE_REPEATS / 2], kind, ruleFiles().size());
    }

    /** Builds the same rule files as the executable model; returns how its consequences are implemented. */
    private static String buildExecutableModel() throws IOException {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("nl.vptscan.bench", "executable-model", "1");
        KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (Path file : ruleFiles()) {
            fileSystem.write("src/main/resources/rules/" + RULES.relativize(file).toString().replace('\\', '/'),
                    Files.readString(file));
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("executable model does not build: " + errors);
        }
        KieBase base = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return consequenceKind(base);
    }

    /** The class that implements a rule's consequence: tells a classic build from an executable model. */
    private static String consequenceKind(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> ((RuleImpl) r).getConsequence().getClass().getSimpleName())
                .map(name -> name.replaceAll("[0-9A-F]{32}", "…").replaceAll("Rule_.*", "generated"))
                .distinct().limit(2).toList().toString();
    }

    private static List<Path> ruleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(RULES)) {
            return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    /**
     * Warm single-thread scoring of complete answer sets, each against its baseline measured in the same run:
     * checking and parsing the same raw answers ({@code AnswerCheck.parse}), the step every request takes before
     * scoring. Batches of both alternate; the ratio is the median of the per-batch ratios, with its spread.
     */
    private static void scoring() {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.load(QUESTIONNAIRES, LegalCatalogue.inRules(RULES));
        System.out.printf("scoring: warm-up %,d, then %d batches of %,d, single thread, each batch followed by a batch "
                + "of the baseline (parsing the same answers); µs per call%n", WARM_UP, BATCHES, BATCH_SIZE);
        RuleBook asBuilt = RuleBook.asBuilt(RULES, catalog);
        if (asBuilt.precompiled()) {
            scoring("executable model (as the service loads it)", new Scorer(asBuilt), catalog);
        } else {
            System.out.println("scoring: no rules were built with these classes; run mvnw process-classes first");
        }
        scoring("classic DRL (rules compiled at start)", new Scorer(RuleBook.compile(RULES, catalog)), catalog);
        quickScanSteps(new Scorer(asBuilt), new QuickScanJson(asBuilt, catalog), catalog);
    }

    /**
     * The quick scan's own steps in one thread, without HTTP, each against reading its request body (the step the
     * parse-only POST takes too): checking the answers, scoring, building the answer and writing it as JSON (as the
     * service writes it, with {@link QuickScanJson}; and, for comparison, with the JSON mapper). Steps alternate
     * batch by batch; medians of the per-batch times.
     */
    private static void quickScanSteps(Scorer scorer, QuickScanJson writer, QuestionnaireCatalog catalog) {
        // configured as the service's (application.yml): nulls written, as the quick scan's answer has them
        io.micronaut.serde.ObjectMapper json = io.micronaut.serde.ObjectMapper.create(
                Map.of("micronaut.serde.serialization.inclusion", "always"));
        AssessmentContext context = new AssessmentContext("gemeente", 350, AssessmentContext.Kind.SELF, REFERENCE_DATE);
        for (Questionnaire questionnaire : catalog.all()) {
            byte[] body = write(json, Map.of("answers", rawAnswers(questionnaire, true),
                    "context", Map.of("sector", "gemeente", "employees", 350, "date", REFERENCE_DATE.toString())));
            QuickScanRequest request = read(json, body);
            var answers = AnswerCheck.parse(questionnaire, request.answers(), "answers", REFERENCE_DATE);
            AssessmentResult scored = scorer.score(questionnaire, answers, context);
            QuickScanResult result = QuickScanResult.of(scored);
            byte[] written = writer.write(result);
            if (!Arrays.equals(written, write(json, result))) {
                throw new IllegalStateException("the quick scan's writer and the JSON mapper disagree");
            }
            List<Runnable> steps = List.of(
                    () -> read(json, body),
                    () -> AnswerCheck.parse(questionnaire, request.answers(), "answers", REFERENCE_DATE),
                    () -> scorer.score(questionnaire, answers, context),
                    () -> QuickScanResult.of(scored),
                    () -> writer.write(result),
                    () -> write(json, result));
            double[][] micros = new double[steps.size()][BATCHES];
            for (int i = 0; i < WARM_UP; i++) {
                steps.forEach(Runnable::run);
            }
            for (int b = 0; b < BATCHES; b++) {
                for (int s = 0; s < steps.size(); s++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < BATCH_SIZE; i++) {
                        steps.get(s).run();
                    }
                    micros[s][b] = (System.nanoTime() - start) / 1000.0 / BATCH_SIZE;
                }
            }
            double[] median = new double[steps.size()];
            for (int s = 0; s < steps.size(); s++) {
                Arrays.sort(micros[s]);
                median[s] = micros[s][BATCHES / 2];
            }
            double own = median[1] + median[2] + median[3] + median[4];
            System.out.printf("quick scan %-18s %d-byte body, %d-byte answer: read the body %.1f µs; own steps "
                            + "× reading the body: check answers %.1f, score %.1f, build the answer %.1f, write it "
                            + "as JSON %.1f (with the JSON mapper: %.1f); all own steps %.1f µs = %.1f×%n",
                    questionnaire.id(), body.length, written.length, median[0], median[1] / median[0],
                    median[2] / median[0], median[3] / median[0], median[4] / median[0], median[5] / median[0], own,
                    own / median[0]);
        }
    }

    private static byte[] write(io.micronaut.serde.ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static QuickScanRequest read(io.micronaut.serde.ObjectMapper json, byte[] body) {
        try {
            return json.readValue(body, QuickScanRequest.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void scoring(String rules, Scorer scorer, QuestionnaireCatalog catalog) {
        AssessmentContext context = new AssessmentContext("gemeente", 350, AssessmentContext.Kind.SELF, REFERENCE_DATE);
        System.out.println("rules: " + rules);
        for (Questionnaire questionnaire : catalog.all()) {
            for (boolean mixed : List.of(false, true)) {
                Map<String, Object> raw = rawAnswers(questionnaire, mixed);
                Map<String, nl.vptscan.questionnaire.AnswerValue> answers = parse(questionnaire, raw);
                AssessmentResult result = scorer.score(questionnaire, answers, context);
                for (int i = 0; i < WARM_UP; i++) {
                    scorer.score(questionnaire, answers, context);
                    parse(questionnaire, raw);
                }
                long[] samples = new long[BATCHES * BATCH_SIZE];
                double[] batchMeans = new double[BATCHES];
                double[] ratios = new double[BATCHES];
                int n = 0;
                for (int b = 0; b < BATCHES; b++) {
                    long batchStart = System.nanoTime();
                    for (int i = 0; i < BATCH_SIZE; i++) {
                        long start = System.nanoTime();
                        scorer.score(questionnaire, answers, context);
                        samples[n++] = System.nanoTime() - start;
                    }
                    batchMeans[b] = (System.nanoTime() - batchStart) / 1000.0 / BATCH_SIZE;
                    long baselineStart = System.nanoTime();
                    for (int i = 0; i < BATCH_SIZE; i++) {
                        parse(questionnaire, raw);
                    }
                    ratios[b] = batchMeans[b] / ((System.nanoTime() - baselineStart) / 1000.0 / BATCH_SIZE);
                }
                Arrays.sort(samples);
                Arrays.sort(batchMeans);
                Arrays.sort(ratios);
                System.out.printf("score %-18s %-13s %2d answers %2d findings: median %6.1f µs  p99 %7.1f µs  "
                                + "batch means %5.1f–%5.1f µs (%,.0f/s)  × parsing the answers %4.1f (%.1f–%.1f)%n",
                        questionnaire.id(), mixed ? "mixed" : "all in place", answers.size(), result.findings().size(),
                        samples[samples.length / 2] / 1000.0, samples[(int) (samples.length * 0.99)] / 1000.0,
                        batchMeans[0], batchMeans[BATCHES - 1], 1_000_000 / batchMeans[BATCHES / 2],
                        ratios[BATCHES / 2], ratios[0], ratios[BATCHES - 1]);
            }
        }
    }

    private static Map<String, nl.vptscan.questionnaire.AnswerValue> parse(Questionnaire questionnaire,
                                                                          Map<String, Object> raw) {
        return AnswerCheck.parse(questionnaire, raw, "answers", REFERENCE_DATE);
    }

    /**
     * A complete answer set as a request sends it: every question answered, "all in place" with the best answer, or
     * "mixed" cycling through good, partial and bad answers.
     */
    private static Map<String, Object> rawAnswers(Questionnaire questionnaire, boolean mixed) {
        Map<String, Object> raw = new LinkedHashMap<>();
        int i = 0;
        for (Question question : questionnaire.questions()) {
            int turn = mixed ? i++ % 3 : 0;
            List<AnswerOption> options = new ArrayList<>(question.options());
            options.sort((a, b) -> Double.compare(b.score() == null ? 0 : b.score(), a.score() == null ? 0 : a.score()));
            Object value = switch (question.type()) {
                case YES_NO -> turn == 0 ? "yes" : "no";
                case YES_NO_PARTLY -> List.of("yes", "partly", "no").get(turn);
                case CHOICE -> options.get(Math.min(turn, options.size() - 1)).value();
                case MULTI_CHOICE -> turn == 0 ? options.stream().map(AnswerOption::value).toList()
                        : List.of(options.get(options.size() - 1).value());
                case PERCENTAGE -> List.of(100, 60, 10).get(turn);
                case NUMBER -> question.min() == null ? 12 : question.min() + 1;
                case DATE -> REFERENCE_DATE.minusMonths(List.of(2, 14, 40).get(turn)).toString();
                case TEXT -> "tekst";
            };
            raw.put(question.id(), value);
        }
        return raw;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
