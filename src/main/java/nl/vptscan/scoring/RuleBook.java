package nl.vptscan.scoring;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.LegalProvision;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.QuestionnaireException;
import nl.vptscan.questionnaire.Topic;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled rules: every {@code .drl} file under the rules folder in one KieBase, the findings they raise
 * ({@code <topic>.findings.yaml} beside each rule file) and the legal catalogue ({@code legal.yaml}), with a version
 * that is a hash of those files' names and contents, so a result can name the exact ruleset it was scored with.
 */
public final class RuleBook {

    private static final String RELEASE_GROUP = "nl.vptscan.rules";
    /**
     * A threshold Drools' evaluation counter (which starts at 1 and compares for equality) does not reach: a condition
     * would be compiled to byte code only after 2^32 evaluations.
     */
    private static final int NEVER_COMPILED = -1;

    static final String LEGAL_FILE = LegalCatalogue.FILE;
    static final String FINDINGS_SUFFIX = ".findings.yaml";
    private static final Pattern RAISE = Pattern.compile("\\braise\\s*\\(\\s*(\"([^\"]*)\")?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"(\\S+)");

    private final KieBase kieBase;
    private final String version;
    private final int ruleFileCount;
    private final boolean precompiled;
    private final Map<String, FindingDefinition> findings;
    private final Map<String, LegalProvision> legal;
    private final Map<String, Conclusion> conclusions;

    private RuleBook(KieBase kieBase, String version, int ruleFileCount, boolean precompiled,
                     Map<String, FindingDefinition> findings, Map<String, LegalProvision> legal) {
        this.kieBase = kieBase;
        this.version = version;
        this.ruleFileCount = ruleFileCount;
        this.precompiled = precompiled;
        this.findings = findings;
        this.legal = legal;
        Map<String, Conclusion> byId = new java.util.HashMap<>();
        findings.forEach((id, definition) -> byId.put(id, new Conclusion(definition)));
        this.conclusions = Map.copyOf(byId);
    }

    /**
     * Reads the legal catalogue and the findings files, checks them against the rule files and the questionnaires'
     * topics, and compiles every {@code .drl} file under {@code folder}; any problem throws naming file and line.
     */
    public static RuleBook compile(Path folder, QuestionnaireCatalog questionnaires) {
        return load(folder, questionnaires, null);
    }

    /**
     * The rules as the service loads them: the ones built with it when the rules under {@code folder} are the ones it
     * was built from, else compiled as by {@link #compile}; {@link #precompiled()} tells which.
     */
    public static RuleBook asBuilt(Path folder, QuestionnaireCatalog questionnaires) {
        return load(folder, questionnaires, PrecompiledRules.onClasspath().orElse(null));
    }

    /**
     * Like {@link #compile}, with every check, but takes the rules built with the service instead of compiling them
     * when the rules under {@code folder} are the ones they were built from (the same version); {@code built} may be
     * null.
     */
    static RuleBook load(Path folder, QuestionnaireCatalog questionnaires, PrecompiledRules built) {
        List<Path> files = ruleFiles(folder);
        if (files.isEmpty()) {
            throw new RuleCompilationException("No rule files (*.drl) found under " + folder.toAbsolutePath());
        }
        Path legalFile = folder.resolve(LEGAL_FILE);
        Map<String, LegalProvision> legal = Files.isRegularFile(legalFile) ? legal(legalFile) : Map.of();
        Map<String, FindingDefinition> findings = checkedFindings(folder, files, questionnaires, legal);
        String version = versionOf(folder, files);
        if (built != null && built.version().equals(version)) {
            return new RuleBook(built.kieBase(), version, files.size(), true, findings, legal);
        }
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId(RELEASE_GROUP, "ruleset", version);
        KieBuilder builder = services.newKieBuilder(fileSystem(folder, files, releaseId)).buildAll();
        failOnErrors(folder, builder);
        KieContainer container = services.newKieContainer(releaseId);
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        // Drools replaces a rule condition it has evaluated 20 times by byte code of its own, and that byte code
        // takes NaN (the number of an answer that is not a number, such as "not applicable") to be less than any
        // number: "number < 90" would then hold for "na" once the service has scored for a while. The conditions
        // stay interpreted, with Java's comparisons, as the rules built with the service are.
        configuration.setOption(ConstraintJittingThresholdOption.get(NEVER_COMPILED));
        KieBase base = container.newKieBase(configuration);
        // Drools keeps each built module in a global repository; this one is only needed through the KieBase.
        services.getRepository().removeKieModule(releaseId);
        return new RuleBook(base, version, files.size(), false, findings, legal);
    }

    /** The version of the rules under {@code folder}: a hash of the rule files, the findings files and legal.yaml. */
    static String versionOf(Path folder) {
        return versionOf(folder, ruleFiles(folder));
    }

    private static String versionOf(Path folder, List<Path> ruleFiles) {
        List<Path> hashed = new java.util.ArrayList<>(ruleFiles);
        hashed.addAll(dataFiles(folder));
        return hash(folder, hashed.stream().sorted().toList());
    }

    /** A Drools project holding every rule file under {@code folder}, as {@code src/main/resources/rules/...}. */
    static KieFileSystem fileSystem(Path folder, List<Path> files, ReleaseId releaseId) {
        KieFileSystem fileSystem = KieServices.get().newKieFileSystem().generateAndWritePomXML(releaseId);
        for (Path file : files) {
            fileSystem.write("src/main/resources/rules/" + relative(folder, file), read(file));
        }
        return fileSystem;
    }

    /** Throws the build's errors, each as {@code file:line: text}. */
    static void failOnErrors(Path folder, KieBuilder builder) {
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // "Parser returned a null Package" (line 0) only repeats a parse error reported with its line
            List<Message> located = errors.stream().filter(m -> m.getLine() > 0).toList();
            throw new RuleCompilationException((located.isEmpty() ? errors : located).stream()
                    .map(m -> describe(folder, m))
                    .collect(Collectors.joining("; ")));
        }
    }

    private static Map<String, LegalProvision> legal(Path file) {
        try {
            return LegalCatalogue.read(file).byKey();
        } catch (QuestionnaireException e) {
            throw new RuleCompilationException(e.getMessage());
        }
    }

    /** The finding a rule raises by this id; every id a rule can raise was checked at compilation. */
    public FindingDefinition finding(String id) {
        FindingDefinition definition = findings.get(id);
        if (definition == null) {
            throw new IllegalStateException("a rule raised '" + id + "', which no findings file defines");
        }
        return definition;
    }

    /**
     * What raising this finding adds to a result, the same instance for every raise; {@code null} when no findings
     * file defines the id.
     */
    Conclusion conclusion(String id) {
        return conclusions.get(id);
    }

    /** Every finding a rule can raise, with what raising it adds, by id. */
    Map<String, Conclusion> conclusions() {
        return conclusions;
    }

    /** Every finding a rule can raise, by id. */
    public Map<String, FindingDefinition> findings() {
        return findings;
    }

    /** The legal catalogue, by key. */
    public Map<String, LegalProvision> legal() {
        return legal;
    }

    private static Map<String, FindingDefinition> checkedFindings(Path folder, List<Path> ruleFiles,
                                                                  QuestionnaireCatalog questionnaires,
                                                                  Map<String, LegalProvision> legal) {
        Map<String, FindingDefinition> all = new TreeMap<>();
        Map<String, Path> origin = new LinkedHashMap<>();
        Map<String, Integer> afterLines = new LinkedHashMap<>();
        for (Path findingsFile : findingsFiles(folder)) {
            Path drl = sibling(findingsFile, ".drl");
            if (!Files.isRegularFile(drl)) {
                throw new RuleCompilationException(findingsFile + ":1: no rule file " + drl.getFileName() + " beside it");
            }
            Set<String> topics = topicsOf(findingsFile, folder, questionnaires);
            RuleDataReader.FindingsFile read = RuleDataReader.findings(findingsFile, topicOf(findingsFile), topics, legal);
            Set<String> raised = raisedIds(drl, read).keySet();
            read.byId().forEach((id, definition) -> {
                if (origin.containsKey(id)) {
                    throw new RuleCompilationException(findingsFile + ":" + read.lines().get(id) + ": finding '" + id
                            + "' is also defined in " + origin.get(id));
                }
                if (!raised.contains(id)) {
                    throw new RuleCompilationException(findingsFile + ":" + read.lines().get(id) + ": finding '" + id
                            + "' is raised by no rule in " + drl.getFileName());
                }
                origin.put(id, findingsFile);
                afterLines.put(id, read.afterLines().getOrDefault(id, read.lines().get(id)));
                all.put(id, definition);
            });
        }
        checkOrder(all, origin, afterLines);
        for (Path drl : ruleFiles) {
            Path findingsFile = sibling(drl, FINDINGS_SUFFIX);
            if (!Files.isRegularFile(findingsFile)) {
                raisedIds(drl, new RuleDataReader.FindingsFile(findingsFile, Map.of(), Map.of()));
            }
        }
        return Map.copyOf(all);
    }

    /**
     * Checks the order of the plan's actions: every id in a finding's {@code after} is a finding of the same
     * questionnaire, and no finding comes, through any chain, after itself.
     */
    private static void checkOrder(Map<String, FindingDefinition> all, Map<String, Path> origin,
                                   Map<String, Integer> afterLines) {
        for (String id : origin.keySet()) {
            String where = origin.get(id) + ":" + afterLines.get(id) + ": ";
            for (String first : all.get(id).after()) {
                if (!all.containsKey(first)) {
                    throw new RuleCompilationException(where + "finding '" + id + "' comes after '" + first
                            + "', which no findings file defines");
                }
                if (!origin.get(first).getParent().equals(origin.get(id).getParent())) {
                    throw new RuleCompilationException(where + "finding '" + id + "' comes after '" + first
                            + "', which belongs to another questionnaire");
                }
            }
        }
        Set<String> done = new java.util.HashSet<>();
        for (String id : origin.keySet()) {
            List<String> cycle = cycleFrom(id, all, new java.util.ArrayList<>(), done);
            if (cycle != null) {
                String start = cycle.get(0);
                throw new RuleCompilationException(origin.get(start) + ":" + afterLines.get(start) + ": finding '"
                        + start + "' comes after itself: " + String.join(" after ", cycle));
            }
        }
    }

    /** The first cycle of {@code after} reached from {@code id}, as the chain of ids back to its start; or null. */
    private static List<String> cycleFrom(String id, Map<String, FindingDefinition> all, List<String> path,
                                          Set<String> done) {
        int seen = path.indexOf(id);
        if (seen >= 0) {
            List<String> cycle = new java.util.ArrayList<>(path.subList(seen, path.size()));
            cycle.add(id);
            return cycle;
        }
        if (done.contains(id)) {
            return null;
        }
        path.add(id);
        for (String first : all.get(id).after()) {
            List<String> cycle = cycleFrom(first, all, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(id);
        return null;
    }

    /**
     * The ids raised in a rule file, each checked: a literal id, raised by the rule of that id, defined in the
     * findings file beside it.
     */
    private static Map<String, Integer> raisedIds(Path drl, RuleDataReader.FindingsFile findings) {
        String source = withoutComments(read(drl));
        Map<String, Integer> raised = new LinkedHashMap<>();
        Matcher matcher = RAISE.matcher(source);
        while (matcher.find()) {
            int line = lineOf(source, matcher.start());
            String id = matcher.group(2);
            if (id == null) {
                throw new RuleCompilationException(drl + ":" + line + ": raise needs the finding id in quotes as its first argument");
            }
            String rule = enclosingRule(source, matcher.start());
            if (!id.equals(rule)) {
                throw new RuleCompilationException(drl + ":" + line + ": rule " + rule + " raises '" + id
                        + "'; a rule raises the finding of its own id");
            }
            if (!findings.byId().containsKey(id)) {
                throw new RuleCompilationException(drl + ":" + line + ": rule raises '" + id + "', which is not in "
                        + findings.file().getFileName() + (Files.isRegularFile(findings.file()) ? "" : " (no such file)"));
            }
            raised.put(id, line);
        }
        return raised;
    }

    private static String enclosingRule(String source, int offset) {
        Matcher rule = RULE.matcher(source.substring(0, offset));
        String name = "(none)";
        while (rule.find()) {
            name = rule.group(1);
        }
        return name;
    }

    /** Blanks line comments, keeping line numbers, so a comment never counts as a raise. */
    static String withoutComments(String source) {
        return source.replaceAll("(?m)^\\s*//.*$", "");
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Set<String> topicsOf(Path findingsFile, Path folder, QuestionnaireCatalog questionnaires) {
        Path parent = folder.relativize(findingsFile).getParent();
        String questionnaireId = parent == null ? "" : parent.toString().replace('\\', '/');
        Questionnaire questionnaire = questionnaires.find(questionnaireId).orElseThrow(() ->
                new RuleCompilationException(findingsFile + ":1: folder '" + questionnaireId
                        + "' is not the id of a questionnaire"));
        return questionnaire.topics().stream().map(Topic::id).collect(java.util.stream.Collectors.toSet());
    }

    private static String topicOf(Path findingsFile) {
        String name = findingsFile.getFileName().toString();
        return name.substring(0, name.length() - FINDINGS_SUFFIX.length());
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        String base = name.endsWith(FINDINGS_SUFFIX) ? name.substring(0, name.length() - FINDINGS_SUFFIX.length())
                : name.substring(0, name.lastIndexOf('.'));
        return file.resolveSibling(base + suffix);
    }

    private static List<Path> findingsFiles(Path folder) {
        return dataFiles(folder).stream().filter(p -> p.toString().endsWith(FINDINGS_SUFFIX)).toList();
    }

    private static List<Path> dataFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> (p.toString().endsWith(FINDINGS_SUFFIX) || p.equals(folder.resolve(LEGAL_FILE)))
                    && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** A short hash of the rule files: the same files always give the same version. */
    public String version() {
        return version;
    }

    public int ruleFileCount() {
        return ruleFileCount;
    }

    /** Whether the KieBase was built with the service rather than compiled from the rule files at start. */
    public boolean precompiled() {
        return precompiled;
    }

    private static String describe(Path folder, Message message) {
        String path = message.getPath() == null ? "?" : message.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
        String text = message.getText().replaceAll("\\s+", " ").trim();
        return folder.resolve(path) + ":" + message.getLine() + ": " + text;
    }

    static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException("Rules folder not found: " + folder.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path folder, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(relative(folder, file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(read(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
