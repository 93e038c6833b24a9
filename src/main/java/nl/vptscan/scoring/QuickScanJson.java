package nl.vptscan.scoring;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.micronaut.core.annotation.Nullable;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.Evidence;
import nl.vptscan.scoring.fact.Finding;
import nl.vptscan.scoring.fact.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link QuickScanResult} as JSON: the same bytes the service's JSON mapper writes for it (same fields, same
 * order, nulls included, strings escaped as Jackson escapes them), but with what the rules and questionnaires fix
 * encoded once, when the rules are loaded, and copied from then on:
 * <ul>
 *     <li>each action the rules recommend, whole;</li>
 *     <li>each finding the rules raise, all but its evidence;</li>
 *     <li>every other text of the rules and questionnaires (rule, topic and question ids, versions).</li>
 * </ul>
 * Those are nearly all of a quick scan's answer; encoding them again for every request cost about a third as much
 * as the scoring. A finding or action is copied only when it is the rules' own instance (see {@link Conclusion}),
 * so one a rule built itself is written field by field. Everything else, above all the evidence's values (the
 * organisation's own answers), is encoded for each request. The known texts are fixed at construction: answers
 * cannot grow them.
 */
public final class QuickScanJson {

    private static final byte[] NULL = ascii("null");
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, byte[]> known;
    private final Map<String, KnownFinding> findings;
    private final Map<Action, byte[]> actions;

    /** One of the rules' findings, and its JSON up to its evidence's first element and from after its last. */
    private record KnownFinding(Finding own, byte[] head, byte[] tail) {

        /** True when {@code finding} is {@code own} with other evidence: the very same texts, not just equal ones. */
        boolean writes(Finding finding) {
            return finding.topic() == own.topic() && finding.severity() == own.severity()
                    && finding.messageNl() == own.messageNl() && finding.messageEn() == own.messageEn()
                    && finding.legal() == own.legal() && finding.normNl() == own.normNl()
                    && finding.normEn() == own.normEn() && finding.legalKeys() == own.legalKeys();
        }
    }

    public QuickScanJson(RuleBook rules, QuestionnaireCatalog questionnaires) {
        Map<String, byte[]> texts = new HashMap<>();
        add(texts, rules.version());
        for (Severity severity : Severity.values()) {
            add(texts, severity.name());
        }
        for (Questionnaire questionnaire : questionnaires.all()) {
            add(texts, questionnaire.id(), questionnaire.version());
            questionnaire.topics().forEach(topic -> add(texts, topic.id()));
            for (Question question : questionnaire.questions()) {
                add(texts, question.id());
            }
        }
        for (Conclusion conclusion : rules.conclusions().values()) {
            add(texts, conclusion.finding().ruleId(), conclusion.finding().topic());
        }
        this.known = Map.copyOf(texts);
        Map<String, KnownFinding> byRule = new HashMap<>();
        // the rules' own actions, recognised by identity: an equal action a rule built itself is written as usual
        Map<Action, byte[]> byAction = new IdentityHashMap<>();
        for (Conclusion conclusion : rules.conclusions().values()) {
            Out head = new Out(512);
            Out tail = new Out(256);
            findingHead(head, conclusion.finding());
            findingTail(tail, conclusion.finding());
            byRule.put(conclusion.finding().ruleId(), new KnownFinding(conclusion.finding(), head.bytes(),
                    tail.bytes()));
            Out action = new Out(1024);
            action(action, conclusion.action());
            byAction.put(conclusion.action(), action.bytes());
        }
        this.findings = Map.copyOf(byRule);
        this.actions = byAction;
    }

    private static void add(Map<String, byte[]> texts, String... values) {
        for (String value : values) {
            if (value != null) {
                texts.computeIfAbsent(value, QuickScanJson::quoted);
            }
        }
    }

    /** The JSON of {@code result}, as UTF-8. */
    public byte[] write(QuickScanResult result) {
        Out out = new Out(16 * 1024);
        out.raw("{\"questionnaireId\":").text(result.questionnaireId());
        out.raw(",\"questionnaireVersion\":").text(result.questionnaireVersion());
        out.raw(",\"rulesetVersion\":").text(result.rulesetVersion());
        out.raw(",\"overall\":").number(result.overall());
        out.raw(",\"overallLevel\":").number(result.overallLevel());
        out.raw(",\"unmetDuties\":").number(result.unmetDuties());
        out.raw(",\"topics\":[");
        for (int i = 0; i < result.topics().size(); i++) {
            TopicResult topic = result.topics().get(i);
            out.comma(i).raw("{\"topic\":").text(topic.topic());
            out.raw(",\"points\":").number(topic.points());
            out.raw(",\"max\":").number(topic.max());
            out.raw(",\"percentage\":").number(topic.percentage());
            out.raw(",\"level\":").number(topic.level());
            out.raw(",\"cappedBy\":").text(topic.cappedBy()).raw('}');
        }
        out.raw("],\"findings\":[");
        for (int i = 0; i < result.findings().size(); i++) {
            out.comma(i);
            finding(out, result.findings().get(i));
        }
        out.raw("],\"actions\":[");
        for (int i = 0; i < result.actions().size(); i++) {
            out.comma(i);
            Action action = result.actions().get(i);
            byte[] encoded = actions.get(action);
            if (encoded != null) {
                out.raw(encoded);
            } else {
                action(out, action);
            }
        }
        out.raw("],\"firedRules\":");
        texts(out, result.firedRules());
        return out.raw('}').bytes();
    }

    private void finding(Out out, Finding finding) {
        // a raised finding is the rules' own with its evidence added (Conclusion): the same text instances
        KnownFinding known = finding.ruleId() == null ? null : findings.get(finding.ruleId());
        if (known != null && known.writes(finding)) {
            out.raw(known.head());
            evidence(out, finding.evidence());
            out.raw(known.tail());
        } else {
            findingHead(out, finding);
            evidence(out, finding.evidence());
            findingTail(out, finding);
        }
    }

    private void findingHead(Out out, Finding finding) {
        out.raw("{\"ruleId\":").text(finding.ruleId());
        out.raw(",\"topic\":").text(finding.topic());
        out.raw(",\"severity\":").text(finding.severity().name());
        out.raw(",\"messageNl\":").text(finding.messageNl());
        out.raw(",\"messageEn\":").text(finding.messageEn());
        out.raw(",\"legal\":").text(finding.legal());
        out.raw(",\"evidence\":[");
    }

    private void findingTail(Out out, Finding finding) {
        out.raw("],\"normNl\":").text(finding.normNl());
        out.raw(",\"normEn\":").text(finding.normEn());
        out.raw(",\"legalKeys\":");
        texts(out, finding.legalKeys());
        out.raw('}');
    }

    private void evidence(Out out, List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            out.comma(i).raw("{\"questionId\":").text(e.questionId());
            out.raw(",\"value\":").text(e.value()).raw('}');
        }
    }

    private void action(Out out, Action action) {
        out.raw("{\"ruleId\":").text(action.ruleId());
        out.raw(",\"topic\":").text(action.topic());
        out.raw(",\"priority\":").number(action.priority());
        out.raw(",\"dueInDays\":").number(action.dueInDays());
        out.raw(",\"textNl\":").text(action.textNl());
        out.raw(",\"textEn\":").text(action.textEn());
        out.raw(",\"ownerRole\":").text(action.ownerRole());
        out.raw(",\"ownerNl\":").text(action.ownerNl());
        out.raw(",\"ownerEn\":").text(action.ownerEn());
        out.raw(",\"after\":");
        texts(out, action.after());
        out.raw(",\"groupNl\":").text(action.groupNl());
        out.raw(",\"groupEn\":").text(action.groupEn());
        out.raw(",\"checkNl\":").text(action.checkNl());
        out.raw(",\"checkEn\":").text(action.checkEn()).raw('}');
    }

    private void texts(Out out, List<String> values) {
        out.raw('[');
        for (int i = 0; i < values.size(); i++) {
            out.comma(i).text(values.get(i));
        }
        out.raw(']');
    }

    /** {@code value} as a JSON string, quotes included, escaped as Jackson's generator escapes it. */
    private static byte[] quoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                // the generator writes a character outside the BMP as two escaped UTF-16 units, the string
                // encoder as UTF-8
                return generated(value);
            }
        }
        byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(value);
        byte[] quoted = new byte[escaped.length + 2];
        quoted[0] = '"';
        System.arraycopy(escaped, 0, quoted, 1, escaped.length);
        quoted[quoted.length - 1] = '"';
        return quoted;
    }

    private static byte[] generated(String value) {
        ByteArrayBuilder out = new ByteArrayBuilder(value.length() * 6 + 2);
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a string in memory", e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growing UTF-8 buffer. */
    private final class Out {
        private byte[] bytes;
        private int length;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        Out raw(byte[] value) {
            ensure(value.length);
            System.arraycopy(value, 0, bytes, length, value.length);
            length += value.length;
            return this;
        }

        /** ASCII only: field names and punctuation. */
        Out raw(String ascii) {
            int n = ascii.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        Out raw(char ascii) {
            ensure(1);
            bytes[length++] = (byte) ascii;
            return this;
        }

        Out comma(int index) {
            return index == 0 ? this : raw(',');
        }

        Out text(@Nullable String value) {
            if (value == null) {
                return raw(NULL);
            }
            byte[] encoded = known.get(value);
            return raw(encoded != null ? encoded : quoted(value));
        }

        /** As Jackson writes a double: {@link Double#toString}, and quoted when not a finite number. */
        Out number(double value) {
            String text = Double.toString(value);
            return Double.isFinite(value) ? raw(text) : raw('"').raw(text).raw('"');
        }

        Out number(int value) {
            return raw(Integer.toString(value));
        }

        private void ensure(int extra) {
            if (length + extra > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
