package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.scoring.AcceptedEvidence;
import org.mla.para.model.scoring.Cap;
import org.mla.para.model.scoring.ClaimScore;
import org.mla.para.model.scoring.ClaimScores;

/**
 * What the scenarios show working: the rules that fired, and the lines of the edition's tables
 * that took effect. A rule that applies a table to every claim fires in every assessment, so
 * its firing proves nothing about one line of the table: a cap counts as shown when it took
 * points from a claim, a line of the evidence table when a claim counted by each kind it lists.
 *
 * <p>A table line is known by the rule that inserts it and its place among that rule's
 * {@code insert(...)} statements ({@link RuleIndex.Insert}), so that it can be named by file
 * and line.
 */
public final class Coverage {

    private static final Pattern EVIDENCE = Pattern.compile("\\bAcceptedEvidence\\s*\\.\\s*of\\s*\\(\\s*(?:ClaimType\\s*\\.\\s*)?(\\w+)");
    private static final Pattern KIND = Pattern.compile("\\bEvidenceKind\\s*\\.\\s*(\\w+)");
    private static final Pattern CAP = Pattern.compile("\\bCap\\s*\\.\\s*atMost\\b");

    private final Set<String> rules = new TreeSet<>();
    private final Set<String> lines = new TreeSet<>();

    /** The ids of the rules that fired. */
    public Set<String> rules() {
        return rules;
    }

    /** The keys of the table lines that took effect ({@link Line#key()}). */
    public Set<String> lines() {
        return lines;
    }

    void fired(String ruleId) {
        rules.add(ruleId);
    }

    /**
     * One line of a table, as a maintainer reads it.
     *
     * @param key  the rule's name, the insert's place among its inserts, and for the evidence table the kind
     * @param rule the rule that declares it
     * @param at   the statement
     * @param what what no scenario showed, in words
     */
    public record Line(String key, RuleIndex.RuleAt rule, RuleIndex.Insert at, String what) {

        /** {@code ID (file:line): what}: one line of the coverage report. */
        public String report() {
            return rule.id() + " (" + rule.file() + ":" + at.line() + "): " + what;
        }
    }

    /** Every line of the edition's tables that scenarios should show working, in file order. */
    public static List<Line> lines(RuleIndex index) {
        List<Line> lines = new ArrayList<>();
        for (RuleIndex.RuleAt rule : index.rules()) {
            for (int i = 0; i < rule.inserts().size(); i++) {
                RuleIndex.Insert insert = rule.inserts().get(i);
                String key = key(rule.name(), i);
                String statement = insert.text().replaceFirst("^insert\\s*\\(\\s*", "").replaceFirst("\\)\\s*;$", "");
                Matcher evidence = EVIDENCE.matcher(insert.text());
                if (CAP.matcher(insert.text()).find()) {
                    lines.add(new Line(key, rule, insert, "the cap " + statement + " takes points from no claim"));
                } else if (evidence.find()) {
                    Matcher kind = KIND.matcher(insert.text());
                    while (kind.find()) {
                        lines.add(new Line(key + "#" + kind.group(1), rule, insert, "no " + evidence.group(1)
                                + " claim is proven by its " + kind.group(1)));
                    }
                }
            }
        }
        return lines;
    }

    private static String key(String ruleName, int insert) {
        return ruleName + "#" + insert;
    }

    /**
     * Records which rule inserted each table line, and which of its {@code insert(...)}
     * statements it was: the one whose text says what the fact holds (a cap's limit, unit, scope
     * and types; an evidence line's type and kinds), so that a line inserted only sometimes (in
     * an {@code if}) is still told from its neighbours; else its place among the inserts made.
     */
    static final class Recorder extends DefaultRuleRuntimeEventListener {

        private final RuleIndex index;
        private final Map<Object, String> keys = new IdentityHashMap<>();
        private final Map<String, Integer> inserted = new LinkedHashMap<>();

        Recorder(RuleIndex index) {
            this.index = index;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() == null) {
                return;
            }
            String rule = event.getRule().getName();
            int place = inserted.merge(rule, 1, Integer::sum) - 1;
            Object fact = event.getObject();
            if (fact instanceof Cap || fact instanceof AcceptedEvidence) {
                List<RuleIndex.Insert> inserts = index.named(rule).map(RuleIndex.RuleAt::inserts).orElse(List.of());
                List<Integer> written = new ArrayList<>();
                for (int i = 0; i < inserts.size(); i++) {
                    if (describes(inserts.get(i).text().replaceAll("\\s+", ""), fact)) {
                        written.add(i);
                    }
                }
                keys.put(fact, key(rule, written.size() == 1 ? written.get(0) : place));
            }
        }

        /** Whether an insert's text (without white space) is the declaration of {@code fact}. */
        private static boolean describes(String text, Object fact) {
            if (fact instanceof Cap cap) {
                boolean scope = cap.perTitle() ? text.contains(".perOrganization()") || text.contains(".perTitle()")
                        : text.contains(".perPortfolio()");
                return Pattern.compile("\\batMost\\(" + cap.limit() + "\\)").matcher(text).find()
                        && text.contains(cap.unit() == Cap.Unit.POINTS ? ".points()" : ".claims()") && scope
                        && cap.types().stream().allMatch(type -> names(text, type.name()));
            }
            AcceptedEvidence line = (AcceptedEvidence) fact;
            return text.contains("AcceptedEvidence.of(") && names(text, line.type().name())
                    && line.kinds().stream().allMatch(kind -> names(text, kind.name()));
        }

        private static boolean names(String text, String constant) {
            return Pattern.compile("(?<![\\w])" + constant + "(?![\\w])").matcher(text).find();
        }

        /** Adds to {@code coverage} the table lines that took effect on {@code scores}. */
        void addTo(Coverage coverage, ClaimScores scores) {
            keys.forEach((fact, key) -> {
                if (fact instanceof Cap cap) {
                    if (!scores.tookPointsOf(cap).isEmpty()) {
                        coverage.lines.add(key);
                    }
                } else if (fact instanceof AcceptedEvidence line) {
                    for (ClaimScore score : scores.all()) {
                        if (score.getType() == line.type() && score.isEvidenceAccepted()) {
                            for (EvidenceKind kind : score.getClaim().evidence()) {
                                if (line.kinds().contains(kind)) {
                                    coverage.lines.add(key + "#" + kind);
                                }
                            }
                        }
                    }
                }
            });
        }
    }
}
