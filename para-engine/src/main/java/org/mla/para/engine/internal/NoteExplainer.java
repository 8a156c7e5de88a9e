package org.mla.para.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mla.para.engine.Explanation;
import org.mla.para.engine.PlainWords;
import org.mla.para.model.Adjustment;
import org.mla.para.model.AdjustmentAction;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.ClaimType;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.scoring.Cap;
import org.mla.para.model.scoring.ClaimScore;
import org.mla.para.model.scoring.ClaimScores;

/**
 * Explains notes by asking the rules: the claim a duplicate repeats is the one without which
 * it would count; a cap is the one the edition declares that took the points (its limit, unit
 * and scope as declared, and the claims before it that it counted), or, for a cap an edition's
 * rule applies itself, the claims without which the capped claim earns more. Nothing here
 * knows a point value, a cap or which types share one.
 */
public final class NoteExplainer {

    private final CompiledEdition edition;
    private final Portfolio portfolio;
    private final LocalDate asOf;
    private final List<Adjustment> adjustments;
    private final Assessment assessment;
    private final Map<ClaimType, List<EvidenceKind>> accepted = new EnumMap<>(ClaimType.class);
    private final Map<Integer, Assessment> without = new java.util.HashMap<>();
    private final Map<List<String>, Assessment> withoutAll = new java.util.HashMap<>();
    private ClaimScores scores;

    private NoteExplainer(CompiledEdition edition, Portfolio portfolio, LocalDate asOf, List<Adjustment> adjustments,
            Assessment assessment) {
        this.edition = edition;
        this.portfolio = portfolio;
        this.asOf = asOf;
        this.adjustments = adjustments;
        this.assessment = assessment;
    }

    /** Explains {@code assessment}, the assessment of a valid {@code portfolio} (with {@code adjustments}) as of {@code asOf}. */
    public static Explanation explain(CompiledEdition edition, Portfolio portfolio, LocalDate asOf, List<Adjustment> adjustments,
            Assessment assessment) {
        return new NoteExplainer(edition, portfolio, asOf, adjustments, assessment).explain();
    }

    private Explanation explain() {
        List<Explanation.ClaimReasons> claims = new ArrayList<>();
        for (int i = 0; i < portfolio.claims().size(); i++) {
            ClaimAssessment result = assessment.claims().get(i);
            List<Explanation.Reason> reasons = new ArrayList<>();
            for (Note note : result.notes()) {
                reasons.add(reason(i, note));
            }
            claims.add(new Explanation.ClaimReasons(result.id(), reasons));
        }
        return new Explanation(assessment, claims);
    }

    private Explanation.Reason reason(int index, Note note) {
        Claim claim = portfolio.claims().get(index);
        ClaimAssessment result = assessment.claims().get(index);
        String kind = PlainWords.claimType(claim.type()).toLowerCase(Locale.ROOT);
        return switch (note) {
            case NO_EVIDENCE -> {
                String evidence = PlainWords.anyOf(acceptedFor(index));
                yield result.pendingPoints() > 0
                        ? reason(note, "+" + result.pendingPoints() + " with " + evidence,
                                "+" + result.pendingPoints() + " once you attach " + evidence)
                        : reason(note, "needs " + evidence, "counts only with " + evidence);
            }
            case OUTSIDE_WINDOW -> reason(note, "outside the period that counts for Level " + assessment.targetLevel(),
                    assessment.targetLevel() == 1 ? "too long ago to count for Level 1"
                            : "outside the years that count for Level " + assessment.targetLevel()
                                    + ": too long ago, or before your previous level was awarded");
            case SHORT_SERVICE -> reason(note, "less than a full year of service in the period that counts",
                    "counts after a full year of " + (claim.type() == ClaimType.COMMITTEE ? "committee service" : kind));
            case DUPLICATE -> duplicate(index);
            case CAPPED -> capped(index, kind);
            case DISALLOWED -> reviewed(note, claim, "disallowed by the Review Board");
            case POINTS_SET -> reviewed(note, claim, "points set by the Review Board");
            case AREA_MOVED -> reviewed(note, claim, "moved to another area by the Review Board");
        };
    }

    private static Explanation.Reason reason(Note note, String detail, String words) {
        return new Explanation.Reason(note, detail, words, List.of(), 0);
    }

    /**
     * The original is the counted claim that, alone beside this one, still makes it a duplicate;
     * claims with the same title are tried first.
     */
    private Explanation.Reason duplicate(int index) {
        Claim claim = portfolio.claims().get(index);
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < portfolio.claims().size(); j++) {
            if (j != index && !assessment.claims().get(j).notes().contains(Note.DUPLICATE)) {
                candidates.add(j);
            }
        }
        candidates.sort(java.util.Comparator.comparing(j -> !portfolio.claims().get(j).titleKey().equals(claim.titleKey())));
        for (int j : candidates) {
            Claim original = portfolio.claims().get(j);
            List<Claim> pair = j < index ? List.of(original, claim) : List.of(claim, original);
            List<Adjustment> theirs = adjustments.stream()
                    .filter(a -> a.claimId().equals(claim.id()) || a.claimId().equals(original.id())).toList();
            if (score(portfolio.withClaims(pair), theirs).claims().get(j < index ? 1 : 0).notes().contains(Note.DUPLICATE)) {
                boolean sameTitle = original.titleKey().equals(claim.titleKey());
                return new Explanation.Reason(Note.DUPLICATE, "of " + original.id() + (sameTitle ? " (same title)" : ""),
                        "counted once: " + (sameTitle ? "same title as " : "repeats ") + original.id() + " “" + original.title() + "”",
                        List.of(original.id()), 0);
            }
        }
        return reason(Note.DUPLICATE, "", "counted once: an earlier claim is the same");
    }

    private Explanation.Reason capped(int index, String kind) {
        if (scores == null) {
            scores = Scorer.scores(edition, portfolio, asOf, adjustments);
        }
        Cap cap = scores.all().get(index).getCappedBy();
        return cap == null ? cappedByARule(index, kind) : cappedBy(cap, index);
    }

    /**
     * A declared cap took the points: its limit, unit and scope as declared, and the claims
     * before this one, in claim order, that counted toward it when it was applied (with the
     * points they had then: a later cap may have taken more from them).
     */
    private Explanation.Reason cappedBy(Cap cap, int index) {
        ClaimScore capped = scores.all().get(index);
        List<String> users = new ArrayList<>();
        int used = 0;
        for (Map.Entry<String, Integer> counted : scores.countedBy(cap).entrySet()) {
            int at = indexOf(counted.getKey());
            boolean sameGroup = !cap.perTitle() || scores.all().get(at).getTitleKey().equals(capped.getTitleKey());
            if (at < index && sameGroup) {
                users.add(counted.getKey());
                used += counted.getValue();
            }
        }
        List<ClaimType> types = cap.types().stream().sorted().toList();
        boolean one = types.size() == 1;
        String scope = !cap.perTitle() ? " a portfolio" : types.contains(ClaimType.MEMBERSHIP) ? " per organization" : " per title";
        String who = String.join(", ", users);
        String whoInWords = users.size() <= 1 ? who
                : String.join(", ", users.subList(0, users.size() - 1)) + " and " + users.get(users.size() - 1);
        if (cap.unit() == Cap.Unit.CLAIMS) {
            String kind = types.stream().map(NoteExplainer::singular).reduce((a, b) -> a + " and " + b).orElse("");
            String counted = cap.limit() == 1 && one ? singular(types.get(0))
                    : types.stream().map(PlainWords::claims).reduce((a, b) -> a + " and " + b).orElse("");
            String claims = cap.limit() == 1 ? " claim" : " claims";
            return new Explanation.Reason(Note.CAPPED, kind + " " + cap.limit() + claims + scope + (users.isEmpty() ? "" : ", used by " + who),
                    "at most " + cap.limit() + " " + counted + (cap.limit() == 1 ? " counts" : " count")
                            + (cap.perTitle() ? scope : " per portfolio")
                            + (users.isEmpty() ? "" : "; " + whoInWords + " already " + (users.size() == 1 ? "counts" : "count")),
                    users, cap.limit());
        }
        String kind = one ? singular(types.get(0)) : types.stream().map(PlainWords::claims).reduce((a, b) -> a + " and " + b).orElse("");
        return new Explanation.Reason(Note.CAPPED, kind + " " + cap.limit() + scope + (users.isEmpty() ? "" : ", " + used + " used by " + who),
                kind + (one ? " counts" : " count") + " for at most " + cap.limit() + " points" + scope
                        + (users.isEmpty() ? "" : "; " + whoInWords + " already " + (users.size() == 1 ? "uses " : "use ") + used),
                users, cap.limit());
    }

    /** "workshop", "CEU course", "cross-training": a type in a sentence, acronyms kept. */
    private static String singular(ClaimType type) {
        String words = PlainWords.claimType(type);
        boolean acronym = words.length() > 1 && Character.isUpperCase(words.charAt(1));
        return acronym ? words : words.toLowerCase(Locale.ROOT);
    }

    /**
     * A rule of the edition capped the claim itself (not a declared cap): the claims that used
     * the cap are found by assessing without each of them.
     */
    private Explanation.Reason cappedByARule(int index, String kind) {
        ClaimAssessment result = assessment.claims().get(index);
        ClaimType type = portfolio.claims().get(index).type();
        List<String> users = new ArrayList<>();
        int used = 0;
        // Claims of its own type first, where caps are found in practice; the others only when
        // those do not account for the cap (without them, the claim would still earn less than alone).
        for (boolean sameType : new boolean[] {true, false}) {
            if (!sameType && !users.isEmpty() && accountedFor(index, users)) {
                break;
            }
            for (int j = 0; j < portfolio.claims().size(); j++) {
                ClaimAssessment other = assessment.claims().get(j);
                if (j == index || other.points() == 0 || (portfolio.claims().get(j).type() == type) != sameType) {
                    continue;
                }
                if (scoreWithout(j).claims().get(index < j ? index : index - 1).points() > result.points()) {
                    users.add(other.id());
                    used += other.points();
                }
            }
        }
        users.sort(java.util.Comparator.comparingInt(this::indexOf));
        int limit = used + result.points();
        String scope = scope(index, users);
        String detail = kind + " " + limit + scope + (users.isEmpty() ? "" : ", " + used + " used by " + String.join(", ", users));
        String words = kind + " counts for at most " + limit + " points" + scope
                + (users.isEmpty() ? "" : "; " + String.join(" and ", users) + " already " + (users.size() == 1 ? "uses " : "use ") + used);
        return new Explanation.Reason(Note.CAPPED, detail, words, users, limit);
    }

    /**
     * " a portfolio" or " per organization" (" per title" for other types): found by giving the
     * first claim that used the cap another title and seeing whether it still does.
     */
    private String scope(int index, List<String> users) {
        if (users.isEmpty()) {
            return "";
        }
        Claim claim = portfolio.claims().get(index);
        int first = indexOf(users.get(0));
        Claim other = portfolio.claims().get(first);
        if (!other.titleKey().equals(claim.titleKey())) {
            return " a portfolio";
        }
        List<Claim> renamed = new ArrayList<>(portfolio.claims());
        renamed.set(first, RecordShape.with(other, "title", other.title() + " (another)"));
        boolean stillShared = score(portfolio.withClaims(renamed), adjustments).claims().get(index).points()
                == assessment.claims().get(index).points();
        if (stillShared) {
            return " a portfolio";
        }
        return claim.type() == ClaimType.MEMBERSHIP ? " per organization" : " per title";
    }

    private Explanation.Reason reviewed(Note note, Claim claim, String what) {
        AdjustmentAction action = switch (note) {
            case DISALLOWED -> AdjustmentAction.DISALLOW;
            case POINTS_SET -> AdjustmentAction.SET_POINTS;
            default -> AdjustmentAction.MOVE_AREA;
        };
        Optional<Adjustment> adjustment = adjustments.stream()
                .filter(a -> a.claimId().equals(claim.id()) && a.action() == action).findFirst();
        String why = adjustment.map(a -> a.reason() + " (" + a.reviewer() + ")").orElse("");
        return reason(note, why, what + (why.isEmpty() ? "" : ": " + why));
    }

    /** The evidence kinds that would make claim {@code index} count, found by trying each. */
    private List<EvidenceKind> acceptedFor(int index) {
        Claim claim = portfolio.claims().get(index);
        return accepted.computeIfAbsent(claim.type(), type -> Arrays.stream(EvidenceKind.values()).filter(kind -> {
            List<Claim> claims = new ArrayList<>(portfolio.claims());
            claims.set(index, RecordShape.with(claim, "evidence", List.of(kind)));
            return !score(portfolio.withClaims(claims), adjustments).claims().get(index).notes().contains(Note.NO_EVIDENCE);
        }).toList());
    }

    /** Whether, without {@code users}, claim {@code index} earns what it earns with no other claim beside it. */
    private boolean accountedFor(int index, List<String> users) {
        Claim claim = portfolio.claims().get(index);
        List<Claim> rest = portfolio.claims().stream().filter(c -> !users.contains(c.id())).toList();
        List<Adjustment> restAdjustments = adjustments.stream().filter(a -> !users.contains(a.claimId())).toList();
        List<Adjustment> own = adjustments.stream().filter(a -> a.claimId().equals(claim.id())).toList();
        int withoutUsers = withoutAll.computeIfAbsent(List.copyOf(users), u -> score(portfolio.withClaims(rest), restAdjustments))
                .claims().get(rest.indexOf(claim)).points();
        int alone = score(portfolio.withClaims(List.of(claim)), own).claims().get(0).points();
        return withoutUsers == alone;
    }

    /** The portfolio assessed without claim {@code index}; each at most once per explanation. */
    private Assessment scoreWithout(int index) {
        return without.computeIfAbsent(index, this::assessWithout);
    }

    private Assessment assessWithout(int index) {
        String id = portfolio.claims().get(index).id();
        List<Claim> claims = new ArrayList<>(portfolio.claims());
        claims.remove(index);
        return score(portfolio.withClaims(claims), adjustments.stream().filter(a -> !a.claimId().equals(id)).toList());
    }

    private int indexOf(String id) {
        for (int i = 0; i < portfolio.claims().size(); i++) {
            if (portfolio.claims().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private Assessment score(Portfolio candidate, List<Adjustment> adjustments) {
        return Scorer.score(edition, candidate, asOf, adjustments, null);
    }
}
