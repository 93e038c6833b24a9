package nl.vptscan.scoring;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Run by the build ({@code process-classes}): generates Drools' executable model of the rules folder, compiles it,
 * and writes its classes and an index ({@link PrecompiledRules#INDEX}: the rules' version and the model classes)
 * into the classes folder, so the service can load the rules at start instead of compiling them. A rule that does
 * not compile fails the build with {@code file:line}.
 * <p>Usage: {@code RuleModelBuilder <rules folder> <classes folder>}
 */
public final class RuleModelBuilder {

    private RuleModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleModelBuilder <rules folder> <classes folder>");
        }
        long start = System.nanoTime();
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        String version = RuleBook.versionOf(rules);
        List<Path> files = RuleBook.ruleFiles(rules);
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("nl.vptscan.rules", "ruleset", version);
        KieBuilder builder = services.newKieBuilder(RuleBook.fileSystem(rules, files, releaseId))
                .buildAll(ExecutableModelProject.class);
        RuleBook.failOnErrors(rules, builder);
        InternalKieModule module = (InternalKieModule) builder.getKieModule();

        deletePrevious(classes);
        List<String> written = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written.add(name);
            }
        }
        String models = new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(releaseId)),
                StandardCharsets.UTF_8);
        Properties index = new Properties();
        index.setProperty("version", version);
        // the model file lists the model classes, after a line with the Drools version it was made by
        index.setProperty("models", String.join(",", models.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith(CanonicalKieModule.MODEL_VERSION)).toList()));
        index.setProperty("classes", String.join(",", written));
        Path indexFile = classes.resolve(PrecompiledRules.INDEX);
        Files.createDirectories(indexFile.getParent());
        try (OutputStream out = Files.newOutputStream(indexFile)) {
            index.store(out, "Drools executable model of " + rules + ", built by RuleModelBuilder");
        }
        services.getRepository().removeKieModule(releaseId);
        System.out.printf("Built the executable model of %d rule files (ruleset version %s): %d classes in %d ms%n",
                files.size(), version, written.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Removes the classes of an earlier build, so that a changed rule leaves none behind. */
    private static void deletePrevious(Path classes) throws IOException {
        Path indexFile = classes.resolve(PrecompiledRules.INDEX);
        if (!Files.isRegularFile(indexFile)) {
            return;
        }
        Properties previous = new Properties();
        try (Reader in = Files.newBufferedReader(indexFile, StandardCharsets.ISO_8859_1)) {
            previous.load(in);
        }
        for (String name : PrecompiledRules.split(previous.getProperty("classes"))) {
            Files.deleteIfExists(classes.resolve(name));
        }
        Files.delete(indexFile);
    }
}
