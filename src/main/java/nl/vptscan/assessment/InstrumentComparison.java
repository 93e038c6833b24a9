package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.InstrumentMapping;
import nl.vptscan.questionnaire.MappingCatalog;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.Result;
import nl.vptscan.result.TopicResult;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the answers of a submitted assessment score under the other instrument: per mapped question this answer and
 * the answer it gives there, and per topic of the other instrument the level the mapped answers alone reach, which
 * is indicative wherever that topic has required questions no answer maps to. Nothing is stored.
 */
@Singleton
public class InstrumentComparison {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** The comparison of one assessment with the other instrument. */
    @Serdeable
    public record View(long assessmentId, String questionnaireId, String otherQuestionnaireId, List<Row> rows,
                       List<TopicLevel> topics, boolean indicative) {

        public View {
            rows = List.copyOf(rows);
            topics = List.copyOf(topics);
        }
    }

    /** One mapped question: this answer and the answer it gives in the other instrument (null when none). */
    @Serdeable
    public record Row(String questionId, String topic, AnswerValue value, String otherQuestionId, String otherTopic,
                      @Nullable AnswerValue mappedValue) {
    }

    /**
     * A topic of the other instrument: its level and percentage from the mapped answers, how many of its required
     * questions they answer ({@code mapped} of {@code required}), and whether the level is therefore indicative.
     */
    @Serdeable
    public record TopicLevel(String topic, int level, double percentage, int mapped, int required, boolean indicative) {
    }

    private final AssessmentService assessments;
    private final AnswerStore answers;
    private final QuestionnaireCatalog catalog;
    private final MappingCatalog mappings;

    InstrumentComparison(AssessmentService assessments, AnswerStore answers, QuestionnaireCatalog catalog,
                         MappingCatalog mappings) {
        this.assessments = assessments;
        this.answers = answers;
        this.catalog = catalog;
        this.mappings = mappings;
    }

    /** The comparison of a submitted assessment; nothing for a draft or a questionnaire mapped to no other one. */
    @Transactional(readOnly = true)
    public Optional<View> of(long id) {
        Assessment assessment = assessments.get(id);
        Questionnaire own = catalog.find(assessment.questionnaireId()).orElse(null);
        if (assessment.status() != Assessment.Status.SUBMITTED || own == null) {
            return Optional.empty();
        }
        return mappings.of(own.id()).flatMap(mapping -> catalog.find(mapping.other(own.id()))
                .map(other -> view(assessment, own, other, mapping)));
    }

    private View view(Assessment assessment, Questionnaire own, Questionnaire other, InstrumentMapping mapping) {
        LocalDate referenceDate = LocalDate.ofInstant(assessment.submittedAt(), NL);
        Map<String, AnswerValue> given = new LinkedHashMap<>();
        answers.load(assessment.id(), own).forEach((q, a) -> {
            if (a.value() != null) {
                given.put(q, a.value());
            }
        });
        List<Row> rows = new ArrayList<>();
        for (InstrumentMapping.Link link : mapping.from(own.id())) {
            AnswerValue value = given.get(link.fromQuestion());
            Question target = other.question(link.toQuestion()).orElse(null);
            if (value == null || target == null) {
                continue;
            }
            Object carried = link.carry(value.json());
            rows.add(new Row(link.fromQuestion(), own.question(link.fromQuestion()).orElseThrow().topic(), value,
                    target.id(), target.topic(), carried == null ? null : PrefillService.parse(target, carried, referenceDate)));
        }
        Map<String, AnswerValue> mapped = new LinkedHashMap<>();
        Map<String, Object> json = new LinkedHashMap<>();
        given.forEach((q, v) -> json.put(q, v.json()));
        mapping.carry(own.id(), json).forEach((q, carried) -> other.question(q).ifPresent(target -> {
            AnswerValue value = PrefillService.parse(target, carried.value(), referenceDate);
            if (value != null) {
                mapped.put(q, value);
            }
        }));
        Result result = assessments.score(assessment, other, mapped, referenceDate);
        List<TopicLevel> topics = new ArrayList<>();
        for (Topic topic : other.topics()) {
            int required = 0;
            int answered = 0;
            for (Question q : topic.questions()) {
                if (q.required() && other.isVisible(q, mapped)) {
                    required++;
                    answered += mapped.containsKey(q.id()) ? 1 : 0;
                }
            }
            TopicResult score = result.topic(topic.id());
            topics.add(new TopicLevel(topic.id(), score.level(), score.percentage(), answered, required,
                    answered < required));
        }
        return new View(assessment.id(), own.id(), other.id(), rows, topics,
                topics.stream().anyMatch(TopicLevel::indicative));
    }
}
