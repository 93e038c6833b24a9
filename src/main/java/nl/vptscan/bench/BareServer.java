package nl.vptscan.bench;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.runtime.Micronaut;

import java.util.Map;

/**
 * The start-up baseline of {@code scripts/bench-startup.sh}: a Micronaut HTTP server started from the service's
 * own jar that answers one route and starts none of vpt-scan's beans. Every feature package is a bean
 * configuration that requires an environment other than {@value #ENVIRONMENT}; the application files are not read,
 * so no datasource, migration or mail session is configured; security, views and metrics are switched off.
 * Of the environment it reads only {@code MICRONAUT_SERVER_PORT}.
 */
public final class BareServer {

    /** The environment in which none of vpt-scan's beans exist. */
    public static final String ENVIRONMENT = "bare";

    /** The one route the bare server answers. */
    public static final String PATH = "/bare";

    private BareServer() {
    }

    public static void main(String[] args) {
        Micronaut micronaut = builder(Micronaut.build(args));
        String port = System.getenv("MICRONAUT_SERVER_PORT");
        if (port != null) {
            micronaut.properties(Map.of("micronaut.server.port", port));
        }
        micronaut.mainClass(BareServer.class).start();
    }

    /** Sets up a context builder as the bare server starts: its environment, no application files, and its switches. */
    public static <B extends ApplicationContextBuilder> B builder(B builder) {
        builder.environments(ENVIRONMENT)
                .deduceEnvironment(false)
                .enableDefaultPropertySources(false)
                .banner(false)
                .properties(Map.of(
                        "micronaut.security.enabled", false,
                        "micronaut.views.enabled", false,
                        "micronaut.metrics.enabled", false,
                        "endpoints.all.enabled", false));
        return builder;
    }

    @Controller
    @Requires(env = ENVIRONMENT)
    static final class Route {

        @Get(PATH)
        @Produces(MediaType.TEXT_PLAIN)
        String answer() {
            return "up";
        }
    }
}
