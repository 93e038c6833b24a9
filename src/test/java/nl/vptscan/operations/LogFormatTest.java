package nl.vptscan.operations;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's logback.xml: plain text by default, one JSON object per line with VPTSCAN_LOG_FORMAT=json. */
class LogFormatTest {

    /** Configures a fresh logging context from logback.xml and returns how its root appender writes one event. */
    @SuppressWarnings("unchecked")
    private static String logOneLine(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        if (format != null) {
            context.putProperty("VPTSCAN_LOG_FORMAT", format);
        }
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
            root.iteratorForAppenders().forEachRemaining(appenders::add);
            assertEquals(1, appenders.size(), appenders.toString());
            Encoder<ILoggingEvent> encoder = ((OutputStreamAppender<ILoggingEvent>) appenders.get(0)).getEncoder();
            LoggingEvent event = new LoggingEvent(LogFormatTest.class.getName(), context.getLogger("nl.vptscan.request"),
                    Level.INFO, "GET /api/me 200 3 ms", null, null);
            event.setMDCPropertyMap(Map.of("requestId", "req-1", "user", "inspecteur-jansen"));
            return new String(encoder.encode(event), StandardCharsets.UTF_8).strip();
        } finally {
            context.stop();
        }
    }

    @Test
    void plainTextIsTheDefaultAndCarriesRequestIdAndUser() throws Exception {
        String line = logOneLine(null);
        assertFalse(line.startsWith("{"), line);
        assertTrue(line.contains("[req-1] [inspecteur-jansen]") && line.endsWith("GET /api/me 200 3 ms"), line);
    }

    @Test
    void jsonLinesCarryMessageLevelRequestIdAndUser() throws Exception {
        List<String> lines = logOneLine("json").lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertEquals("GET /api/me 200 3 ms", json.get("message").asText());
        assertEquals("INFO", json.get("level").asText());
        assertEquals("req-1", json.get("requestId").asText());
        assertEquals("inspecteur-jansen", json.get("user").asText());
        assertTrue(json.has("@timestamp"), json.toString());
    }
}
