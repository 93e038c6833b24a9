package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every message reads on the page as written in the bundle: apostrophes ("Regio's", "euro's", written doubled in the bundle as the message format wants) included. */
class MessageTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Texts texts = new Texts(new MessagesFactory().messages());

    @Test
    void apostrophesSurviveTheMessageFormatter() {
        assertEquals("Regio's", texts.get("nl", "dashboard.admin.regions"));
        assertEquals("Vul een bedrag in euro's in.", texts.get("nl", "error.plan.amount"));
    }

    @Test
    void everyMessageRendersAsWrittenWithItsPlaceholdersFilled() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            Properties bundle = new Properties();
            String file = "nl".equals(lang) ? "/i18n/messages.properties" : "/i18n/messages_en.properties";
            try (InputStream in = MessageTextTest.class.getResourceAsStream(file);
                 var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            for (String key : bundle.stringPropertyNames()) {
                String raw = bundle.getProperty(key);
                int count = 0;
                Matcher m = PLACEHOLDER.matcher(raw);
                while (m.find()) {
                    count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
                }
                Object[] args = new Object[count];
                for (int i = 0; i < count; i++) {
                    args[i] = "«" + i + "»";
                }
                String expected = PLACEHOLDER.matcher(raw.replace("''", "'")).replaceAll(r -> "«" + r.group(1) + "»");
                String shown = texts.get(lang, key, args);
                if (!expected.equals(shown)) {
                    wrong.add(lang + " " + key + ": \"" + shown + "\" instead of \"" + expected + "\"");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
