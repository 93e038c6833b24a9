package nl.vptscan.scoring;

import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.Answer;
import nl.vptscan.scoring.fact.AssessmentContext;
import nl.vptscan.scoring.fact.Embedded;
import nl.vptscan.scoring.fact.Finding;
import nl.vptscan.scoring.fact.LevelCap;
import nl.vptscan.scoring.fact.Points;
import nl.vptscan.scoring.fact.Raised;
import nl.vptscan.scoring.fact.Severity;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a set of answers with the {@link RuleBook}. Each call has a rule session of its own, so it is thread-safe;
 * sessions come from a pool and are reset to their empty state when given back (creating one builds the memory of
 * every node of the rule network, a large part of a scoring), so the same answers, context and rules always give the
 * same result, whichever session scored before.
 */
public final class Scorer {

    private final RuleBook rules;
    private final Timer timer;
    private final KieSessionsPool sessions;
    /** The ids of all rules (the first word of each name) in alphabetical order, without repeats. */
    private final String[] sortedIds;
    /**
     * Each rule of the rule base with the position of its id in {@link #sortedIds}, worked out once instead of at
     * every firing; fired rules are listed in that order.
     */
    private final Map<Rule, Integer> ruleOrder;

    public Scorer(RuleBook rules) {
        this(rules, null);
    }

    /** A scorer that records the time of each scoring in {@code timer} (none: not measured). */
    public Scorer(RuleBook rules, @Nullable Timer timer) {
        this.rules = rules;
        this.timer = timer;
        this.sessions = rules.kieBase().newKieSessionsPool(0);
        Map<Rule, String> ids = new IdentityHashMap<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                ids.put(rule, Collected.ruleId(rule));
            }
        }
        this.sortedIds = new TreeSet<>(ids.values()).toArray(String[]::new);
        Map<Rule, Integer> order = new IdentityHashMap<>();
        ids.forEach((rule, id) -> order.put(rule, Arrays.binarySearch(sortedIds, id)));
        this.ruleOrder = order;
    }

    public String rulesetVersion() {
        return rules.version();
    }

    /**
     * Scores answers that were already checked against their questions (see {@link Question#parse}).
     * Questions without an answer are left out; a topic without any scored answer gets 0 of 0, level 0.
     */
    public AssessmentResult score(Questionnaire questionnaire, Map<String, AnswerValue> answers, AssessmentContext context) {
        return timer == null ? evaluate(questionnaire, answers, context)
                : timer.record(() -> evaluate(questionnaire, answers, context));
    }

    private AssessmentResult evaluate(Questionnaire questionnaire, Map<String, AnswerValue> answers, AssessmentContext context) {
        Collected collected = new Collected(rules, ruleOrder, sortedIds);
        KieSession session = sessions.newKieSession();
        try {
            session.insert(context);
            for (Question question : questionnaire.questionsById().values()) {
                AnswerValue value = answers.get(question.id());
                if (value != null && questionnaire.isVisible(question, answers)) {
                    session.insert(new Answer(question.id(), question.topic(), question.type().yamlName(), value,
                            questionnaire.isCredited(question, answers) ? question.earned(value) : 0,
                            question.max(value)));
                }
            }
            // listening only from here: what rules insert, not the answers (Drools tells each insert as it happens)
            session.addEventListener((AgendaEventListener) collected);
            session.addEventListener((RuleRuntimeEventListener) collected);
            session.fireAllRules();
        } finally {
            // gives the session back to the pool, which resets it: facts, agenda and listeners are gone
            session.dispose();
        }
        return collected.result(questionnaire, rules.version());
    }

    /**
     * Collects what each rule inserted: a raised finding becomes the finding and action of its findings file; a
     * finding or action inserted as such is stamped with the id of its rule (the first word of its name).
     */
    private static final class Collected extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final RuleBook book;
        private final Map<Rule, Integer> ruleOrder;
        private final String[] sortedIds;
        /** The fired rules, by the position of their id in {@link #sortedIds}. */
        private final BitSet firedOrder = new BitSet();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final Map<String, double[]> points = new HashMap<>();
        private final Map<String, Integer> caps = new HashMap<>();
        private final Set<String> embedded = new HashSet<>();

        Collected(RuleBook book, Map<Rule, Integer> ruleOrder, String[] sortedIds) {
            this.book = book;
            this.ruleOrder = ruleOrder;
            this.sortedIds = sortedIds;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firedOrder.set(ruleOrder.get(event.getMatch().getRule()));
        }

        /** The ids of the fired rules in alphabetical order, each once. */
        private List<String> fired() {
            List<String> fired = new ArrayList<>(firedOrder.cardinality());
            for (int i = firedOrder.nextSetBit(0); i >= 0; i = firedOrder.nextSetBit(i + 1)) {
                fired.add(sortedIds[i]);
            }
            return fired;
        }

        private String idOf(Rule rule) {
            return sortedIds[ruleOrder.get(rule)];
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null) {
                add(event.getObject(), event.getRule());
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // rules only insert results; input facts are never modified
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // rules only insert results; nothing is retracted
        }

        private void add(Object inserted, Rule rule) {
            if (inserted instanceof Raised raised) {
                Conclusion conclusion = book.conclusion(raised.findingId());
                if (conclusion == null) {
                    throw new IllegalStateException("a rule raised '" + raised.findingId()
                            + "', which no findings file defines");
                }
                findings.add(conclusion.finding(raised.evidence()));
                actions.add(conclusion.action());
                if (conclusion.levelCap() != null) {
                    caps.merge(conclusion.topic(), conclusion.levelCap(), Math::min);
                }
            } else if (inserted instanceof Finding f) {
                findings.add(f.withRuleId(idOf(rule)));
            } else if (inserted instanceof Action a) {
                actions.add(a.withRuleId(idOf(rule)));
            } else if (inserted instanceof Points p) {
                double[] sum = points.computeIfAbsent(p.topic(), t -> new double[2]);
                sum[0] += p.earned();
                sum[1] += p.max();
            } else if (inserted instanceof LevelCap c) {
                caps.merge(c.topic(), c.maxLevel(), Math::min);
            } else if (inserted instanceof Embedded e) {
                embedded.add(e.topic());
            }
        }

        AssessmentResult result(Questionnaire questionnaire, String rulesetVersion) {
            Set<String> violated = new HashSet<>();
            Set<String> warned = new HashSet<>();
            for (Finding finding : findings) {
                if (finding.severity() == Severity.VIOLATION) {
                    violated.add(finding.topic());
                } else if (finding.severity() == Severity.WARNING) {
                    warned.add(finding.topic());
                }
            }
            List<TopicScore> scores = new ArrayList<>();
            double weighted = 0;
            double weights = 0;
            for (Topic topic : questionnaire.topics()) {
                double[] sum = points.getOrDefault(topic.id(), new double[2]);
                double percentage = sum[1] == 0 ? 0 : round(100 * sum[0] / sum[1]);
                int level = TopicScore.levelFor(percentage);
                // embedded means in place, evaluated recently, and nothing left to warn about
                if (level == TopicScore.IN_PLACE && embedded.contains(topic.id()) && !warned.contains(topic.id())) {
                    level = TopicScore.EMBEDDED;
                }
                if (violated.contains(topic.id())) {
                    level = Math.min(level, TopicScore.PARTIAL);
                }
                level = Math.min(level, caps.getOrDefault(topic.id(), TopicScore.EMBEDDED));
                scores.add(new TopicScore(topic.id(), round(sum[0]), round(sum[1]), percentage, level));
                if (sum[1] > 0) {
                    weighted += topic.weight() * percentage;
                    weights += topic.weight();
                }
            }
            findings.sort(FINDING_ORDER);
            actions.sort(ACTION_ORDER);
            return new AssessmentResult(questionnaire.id(), questionnaire.version(), rulesetVersion,
                    weights == 0 ? 0 : round(weighted / weights), scores, findings, actions, fired());
        }

        /** By rule, topic and English message. */
        private static final Comparator<Finding> FINDING_ORDER = (a, b) -> {
            int order = a.ruleId().compareTo(b.ruleId());
            if (order == 0) {
                order = a.topic().compareTo(b.topic());
            }
            return order != 0 ? order : a.messageEn().compareTo(b.messageEn());
        };

        /** By priority, rule and English text. */
        private static final Comparator<Action> ACTION_ORDER = (a, b) -> {
            int order = Integer.compare(a.priority(), b.priority());
            if (order == 0) {
                order = a.ruleId().compareTo(b.ruleId());
            }
            return order != 0 ? order : a.textEn().compareTo(b.textEn());
        };

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }

        private static String ruleId(Rule rule) {
            String name = rule.getName().trim();
            int space = name.indexOf(' ');
            return space < 0 ? name : name.substring(0, space);
        }
    }
}
