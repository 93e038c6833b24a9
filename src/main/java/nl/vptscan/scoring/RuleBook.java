package nl.vptscan.scoring;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled rules: every {@code .drl} file under the rules folder in one KieBase, with a version that is
 * a hash of the rule files' names and contents, so a result can name the exact ruleset it was scored with.
 */
public final class RuleBook {

    private static final String RELEASE_GROUP = "nl.vptscan.rules";

    private final KieBase kieBase;
    private final String version;
    private final int ruleFileCount;

    private RuleBook(KieBase kieBase, String version, int ruleFileCount) {
        this.kieBase = kieBase;
        this.version = version;
        this.ruleFileCount = ruleFileCount;
    }

    /** Compiles every {@code .drl} file under {@code folder}; a file that does not compile throws. */
    public static RuleBook compile(Path folder) {
        List<Path> files = ruleFiles(folder);
        if (files.isEmpty()) {
            throw new RuleCompilationException("No rule files (*.drl) found under " + folder.toAbsolutePath());
        }
        String version = versionOf(folder, files);
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId(RELEASE_GROUP, "ruleset", version);
        KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (Path file : files) {
            fileSystem.write("src/main/resources/rules/" + relative(folder, file), read(file));
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // "Parser returned a null Package" (line 0) only repeats a parse error reported with its line
            List<Message> located = errors.stream().filter(m -> m.getLine() > 0).toList();
            throw new RuleCompilationException((located.isEmpty() ? errors : located).stream()
                    .map(m -> describe(folder, m))
                    .collect(Collectors.joining("; ")));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        // Drools keeps each built module in a global repository; this one is only needed through the KieBase.
        services.getRepository().removeKieModule(releaseId);
        return new RuleBook(base, version, files.size());
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

    private static String describe(Path folder, Message message) {
        String path = message.getPath() == null ? "?" : message.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
        String text = message.getText().replaceAll("\\s+", " ").trim();
        return folder.resolve(path) + ":" + message.getLine() + ": " + text;
    }

    private static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException("Rules folder not found: " + folder.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String versionOf(Path folder, List<Path> files) {
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
