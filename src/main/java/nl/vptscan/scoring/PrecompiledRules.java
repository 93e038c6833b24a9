package nl.vptscan.scoring;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The rules as built with the service: Drools' executable model of the rules folder, generated and compiled into
 * classes when the service was built ({@link RuleModelBuilder}), with the version of the rules it was built from.
 * Building a KieBase from it compiles nothing, so it takes a fraction of compiling the rule files.
 */
final class PrecompiledRules {

    /** The index the build writes beside the classes: the rules' version and the model classes. */
    static final String INDEX = "nl/vptscan/scoring/precompiled-rules.properties";

    private final String version;
    private final List<String> models;

    PrecompiledRules(String version, List<String> models) {
        this.version = version;
        this.models = List.copyOf(models);
    }

    /** The rules built with the service, if the build made them. */
    static Optional<PrecompiledRules> onClasspath() {
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties index = new Properties();
            index.load(in);
            return Optional.of(new PrecompiledRules(index.getProperty("version"), split(index.getProperty("models"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String names) {
        return names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    /** The version of the rules these were built from ({@link RuleBook#version()}). */
    String version() {
        return version;
    }

    /** A new KieBase of the built model classes. */
    KieBase kieBase() {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        List<Model> built = models.stream().map(name -> {
            try {
                return (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("built rule model " + name + " cannot be loaded", e);
            }
        }).toList();
        return KieBaseBuilder.createKieBaseFromModel(built);
    }
}
