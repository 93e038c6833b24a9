package nl.vptscan.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Questionnaires as the API shows them, in one language. */
final class QuestionnaireView {

    private QuestionnaireView() {
    }

    @Serdeable
    record Summary(String id, String version, String title, int topicCount, int questionCount) {
        static Summary of(Questionnaire q, String lang) {
            return new Summary(q.id(), q.version(), q.title().in(lang), q.topics().size(), q.questionCount());
        }
    }

    @Serdeable
    record Full(String id, String version, String title, @Nullable String source, String lang, List<TopicView> topics) {
        static Full of(Questionnaire q, String lang) {
            return new Full(q.id(), q.version(), q.title().in(lang), q.source() == null ? null : q.source().in(lang),
                    lang, q.topics().stream().map(t -> TopicView.of(t, lang)).toList());
        }
    }

    @Serdeable
    record TopicView(String id, String title, @Nullable String description, String legal,
                     List<LegalBasisView> legalBasis, double weight, List<QuestionView> questions) {
        static TopicView of(Topic t, String lang) {
            return new TopicView(t.id(), t.title().in(lang), t.description() == null ? null : t.description().in(lang),
                    t.citations(lang), t.legal().stream().map(p -> LegalBasisView.of(p, lang)).toList(), t.weight(),
                    t.questions().stream().map(q -> QuestionView.of(q, lang)).toList());
        }
    }

    /** One provision of a topic's legal basis, as the legal catalogue cites and summarises it. */
    @Serdeable
    record LegalBasisView(String key, String citation, String summary) {
        static LegalBasisView of(LegalProvision p, String lang) {
            return new LegalBasisView(p.key(), p.citation().in(lang), p.summary().in(lang));
        }
    }

    @Serdeable
    record QuestionView(String id, String text, @Nullable String help, String type, List<OptionView> options,
                        boolean required, boolean notApplicable, @Nullable Double min, @Nullable Double max,
                        @Nullable ShowIf showIf) {
        static QuestionView of(Question q, String lang) {
            List<OptionView> options = q.options().stream()
                    .map(o -> new OptionView(o.value(), o.label().in(lang))).toList();
            return new QuestionView(q.id(), q.text().in(lang), q.help() == null ? null : q.help().in(lang),
                    q.type().yamlName(), options, q.required(), q.notApplicable(), q.min(), q.max(), q.showIf());
        }
    }

    @Serdeable
    record OptionView(String value, String label) {
    }
}
