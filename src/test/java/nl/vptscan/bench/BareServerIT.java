package nl.vptscan.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ViewsFilter;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BareServerIT {

    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = BareServer.builder(ApplicationContext.builder())
                .properties(Map.of("micronaut.server.port", -1))
                .start();
        context.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void answersItsRoute() {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        try (HttpClient client = HttpClient.create(server.getURL())) {
            assertEquals("up", client.toBlocking().retrieve(BareServer.PATH));
        }
    }

    @Test
    void holdsNoneOfTheServicesBeansButItsRoute() {
        List<String> ours = context.getAllBeanDefinitions().stream()
                .map(definition -> definition.getBeanType().getName())
                .filter(name -> name.startsWith("nl.vptscan."))
                .toList();
        assertEquals(List.of(BareServer.Route.class.getName()), ours);
    }

    @Test
    void startsNoDatasourceMigrationSecurityOrViews() {
        assertFalse(context.containsBean(DataSource.class), "a datasource");
        assertFalse(context.containsBean(Flyway.class), "a migration");
        assertFalse(context.containsBean(SecurityFilter.class), "the security filter");
        assertFalse(context.containsBean(ViewsFilter.class), "the views filter");
    }
}
