package org.mla.para.model.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.mla.para.model.ClaimType;
import org.mla.para.model.SingleArea;

/**
 * Every claim's {@link ClaimScore} of the portfolio, in claim order. The engine inserts one per
 * assessment, so that a rule stating a policy for all claims (the evidence table, the window,
 * duplicates, caps, areas, totals) applies it in one step, in claim order, instead of firing
 * once per claim.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ClaimScores {

    private final List<ClaimScore> scores;
    private final Map<Cap, Map<String, Integer>> countedBy = new IdentityHashMap<>();
    private final Map<Cap, List<String>> tookPointsOf = new IdentityHashMap<>();

    /** @param scores the scores in claim order */
    public ClaimScores(List<ClaimScore> scores) {
        this.scores = List.copyOf(scores);
    }

    /** The scores, in claim order. */
    public List<ClaimScore> all() {
        return scores;
    }

    /**
     * Checks every claim's evidence against the lines of {@code table} for its type (two lines
     * for one type accept the kinds of both).
     *
     * @throws EditionMistake when a claim's type has no line: without one, its claims would earn
     *         nothing, silently
     */
    public void checkEvidence(Collection<AcceptedEvidence> table) {
        Map<ClaimType, AcceptedEvidence> byType = new EnumMap<>(ClaimType.class);
        for (AcceptedEvidence line : table) {
            byType.merge(line.type(), line, AcceptedEvidence::and);
        }
        for (ClaimScore score : scores) {
            AcceptedEvidence line = byType.get(score.getType());
            if (line == null) {
                throw new EditionMistake("the evidence table has no line for " + score.getType() + " claims (claim "
                        + score.getId() + "), so they could never count: add one, for example insert(AcceptedEvidence.of(ClaimType."
                        + score.getType() + ", EvidenceKind.CERTIFICATE));", "AcceptedEvidence.of(");
            }
            score.acceptEvidence(line);
        }
    }

    /** Checks every claim against {@code window} ({@link ClaimScore#checkWindow}). */
    public void checkWindow(Window window) {
        for (ClaimScore score : scores) {
            score.checkWindow(window);
        }
    }

    /**
     * Counts a claim of {@code type} given more than once only once: of the counting claims with
     * the same title, the earliest (on the same day, the one listed first) counts; the others
     * are duplicates (no points, note DUPLICATE).
     */
    public void countOnce(ClaimType type) {
        Map<String, ClaimScore> first = new HashMap<>();
        List<ClaimScore> counting = new ArrayList<>();
        for (ClaimScore score : scores) {
            if (score.getType() == type && score.isCounting()) {
                counting.add(score);
                first.merge(score.getTitleKey(), score, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
            }
        }
        for (ClaimScore score : counting) {
            if (first.get(score.getTitleKey()) != score) {
                score.markDuplicate();
            }
        }
    }

    private static final Comparator<ClaimScore> EARLIEST = Comparator
            .comparing(ClaimScore::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(ClaimScore::getOrder);

    /**
     * Applies {@code caps} one after another in the order they were declared, each in claim
     * order: a counting claim the cap covers keeps what the cap has left for its portfolio (or
     * its organization or title), note CAPPED when that takes points away.
     */
    public void applyCaps(Collection<Cap> caps) {
        List<Cap> ordered = new ArrayList<>(caps);
        ordered.sort(Comparator.comparingLong(Cap::declared));
        for (Cap cap : ordered) {
            apply(cap);
        }
    }

    private void apply(Cap cap) {
        Map<String, Integer> used = new HashMap<>();
        for (ClaimScore score : scores) {
            if (!cap.covers(score.getType()) || !score.isCounting()) {
                continue;
            }
            String group = cap.perTitle() ? score.getTitleKey() : "";
            int before = used.getOrDefault(group, 0);
            int points = score.getPoints();
            if (cap.unit() == Cap.Unit.POINTS) {
                score.capTo(cap.limit() - before);
                used.put(group, before + score.getPoints());
            } else {
                score.capTo(before < cap.limit() ? score.getPoints() : 0);
                if (score.getPoints() > 0) {
                    used.put(group, before + 1);
                }
            }
            if (score.getPoints() < points) {
                score.cappedBy(cap);
                tookPointsOf.computeIfAbsent(cap, c -> new ArrayList<>()).add(score.getId());
            }
            if (score.getPoints() > 0) {
                countedBy.computeIfAbsent(cap, c -> new LinkedHashMap<>()).put(score.getId(), score.getPoints());
            }
        }
    }

    /**
     * The claims that counted toward {@code cap} when it was applied, in claim order, with the
     * points each had then (for a cap on claims, each counts as one claim); empty before the caps
     * are applied.
     */
    public Map<String, Integer> countedBy(Cap cap) {
        return Collections.unmodifiableMap(countedBy.getOrDefault(cap, Map.of()));
    }

    /** The claims {@code cap} took points from, in claim order; empty when it took none (or was not applied). */
    public List<String> tookPointsOf(Cap cap) {
        return Collections.unmodifiableList(tookPointsOf.getOrDefault(cap, List.of()));
    }

    /** Gives every scored single-area claim not yet placed (by a reviewer's move) all its points in its area. */
    public void placeSingleAreas() {
        for (ClaimScore score : scores) {
            if (score.isScored() && !score.isPlaced() && score.getClaim() instanceof SingleArea single) {
                score.place(single.area(), score.getPoints());
            }
        }
    }

    /** Adds every scored and placed claim not yet counted to {@code tally}. */
    public void addTo(Tally tally) {
        for (ClaimScore score : scores) {
            if (score.isScored() && score.isPlaced() && !score.isTallied()) {
                tally.add(score);
                score.setTallied(true);
            }
        }
    }

    @Override
    public String toString() {
        return "ClaimScores" + scores;
    }
}
