package org.mla.para.model.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimType;
import org.mla.para.model.Dated;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Source;
import org.mla.para.model.SpanClaim;

/**
 * The working record of one claim while the rules score it. The engine inserts one per claim
 * (and all of them, in claim order, as {@link ClaimScores}); the rules apply the checks in
 * order (evidence, window, the claim's own formula, reviewers' decisions, duplicates and caps,
 * areas) and the engine reads the result. Notes are kept in the order the checks added them.
 *
 * <p>Rules match a score by what never changes ({@code id}, {@code type}, {@code titleKey},
 * {@code date}, {@code order}) and call its methods in their consequences; they do not
 * {@code modify} it, so Drools never re-evaluates the patterns on it. The flags
 * ({@code isEvidenceChecked()}, {@code isCapChecked()}, ...) remain for editions written to
 * sequence the checks by {@code modify}.
 *
 * <p>The engine records the {@code @id} of the rule that called {@link #award} (or a reviewer
 * adjustment's {@link #disallow} or {@link #setPointsByReviewer}) as the claim's rule.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ClaimScore {

    private final Claim claim;
    private final int order;
    private String titleKey;

    private boolean evidenceChecked;
    private boolean evidenceAccepted;
    private boolean windowChecked;
    private boolean outsideWindow;
    private long daysInWindow;
    private boolean scored;
    private String rule;
    private Source source;
    private int points;
    private int pendingPoints;
    private boolean duplicate;
    private boolean capChecked;
    private Cap cappedBy;
    private boolean placed;
    private boolean tallied;
    private boolean ruleAwaited;
    private boolean disallowed;
    private boolean pointsSet;
    private boolean areaMoved;
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Integer> areas = new LinkedHashMap<>();

    /**
     * @param claim the claim
     * @param order its position in the portfolio, from 0: caps and ties go by this order
     */
    public ClaimScore(Claim claim, int order) {
        this.claim = claim;
        this.order = order;
    }

    // --- evidence -------------------------------------------------------------------------

    /** Checks the claim's evidence against the kinds its type accepts; notes NO_EVIDENCE when none is there. */
    public void acceptEvidence(EvidenceKind... accepted) {
        evidenceChecked = true;
        evidenceAccepted = claim.evidence().stream().anyMatch(Arrays.asList(accepted)::contains);
        if (!evidenceAccepted) {
            notes.add(Note.NO_EVIDENCE);
        }
    }

    /** Checks the claim's evidence against a line of the edition's evidence table (see {@link ClaimScores#checkEvidence}). */
    public void acceptEvidence(AcceptedEvidence accepted) {
        evidenceChecked = true;
        evidenceAccepted = claim.evidence().stream().anyMatch(accepted.kinds()::contains);
        if (!evidenceAccepted) {
            notes.add(Note.NO_EVIDENCE);
        }
    }

    // --- window ---------------------------------------------------------------------------

    /**
     * Checks the claim against the window: a dated claim must fall inside it; a span claim is
     * clipped to it ({@link #getDaysInWindow()}). Notes OUTSIDE_WINDOW when nothing is left.
     */
    public void checkWindow(Window window) {
        windowChecked = true;
        if (claim instanceof Dated dated) {
            outsideWindow = !window.contains(dated.date());
        } else if (claim instanceof SpanClaim span) {
            daysInWindow = window.daysOf(span);
            outsideWindow = daysInWindow == 0;
        }
        if (outsideWindow) {
            notes.add(Note.OUTSIDE_WINDOW);
        }
    }

    // --- the claim's own formula ----------------------------------------------------------

    /**
     * Records what the claim's formula gives, toward {@code source}. A claim outside the window
     * earns nothing; a claim without accepted evidence earns nothing now and keeps the formula's
     * points as pending.
     */
    public void award(Source pointsSource, long formulaPoints) {
        scored = true;
        ruleAwaited = true;
        source = pointsSource;
        int formula = outsideWindow ? 0 : Math.toIntExact(formulaPoints);
        points = evidenceAccepted ? formula : 0;
        pendingPoints = evidenceAccepted ? 0 : formula;
    }

    /** Notes SHORT_SERVICE: a span inside the window too short to earn (not noted when outside it). */
    public void shortService() {
        if (!outsideWindow) {
            notes.add(Note.SHORT_SERVICE);
        }
    }

    // --- duplicates and caps --------------------------------------------------------------

    /**
     * Whether the claim would count: its evidence is accepted and it is inside the window (or a
     * reviewer set its points), it is no duplicate, and no reviewer disallowed it.
     */
    public boolean isCounting() {
        return (pointsSet || evidenceAccepted && !outsideWindow) && !duplicate && !disallowed;
    }

    /** The claim repeats one already counted: it earns nothing, note DUPLICATE. */
    public void markDuplicate() {
        duplicate = true;
        points = 0;
        notes.add(Note.DUPLICATE);
    }

    /** Limits the claim to what a cap has left; notes CAPPED when that takes points away. */
    public void capTo(long left) {
        capChecked = true;
        if (points > left) {
            points = (int) Math.max(0, left);
            notes.add(Note.CAPPED);
        }
    }

    /** Records the declared cap that took points from the claim ({@link ClaimScores#applyCaps}). */
    void cappedBy(Cap cap) {
        cappedBy = cap;
    }

    /**
     * The declared {@link Cap} that took points from the claim (the last, when several did), or
     * {@code null} when none did.
     */
    public Cap getCappedBy() {
        return cappedBy;
    }

    // --- reviewers' adjustments ---------------------------------------------------------

    /** A reviewer disallowed the claim: it earns nothing, not even pending points; note DISALLOWED. */
    public void disallow() {
        disallowed = true;
        ruleAwaited = true;
        points = 0;
        pendingPoints = 0;
        notes.add(Note.DISALLOWED);
    }

    /** A reviewer set the claim's points in place of its formula's; note POINTS_SET. */
    public void setPointsByReviewer(int reviewerPoints) {
        pointsSet = true;
        ruleAwaited = true;
        points = reviewerPoints;
        pendingPoints = 0;
        notes.add(Note.POINTS_SET);
    }

    /** A reviewer moved the claim to {@code area}: all its points go there; note AREA_MOVED. */
    public void moveTo(String area) {
        notes.add(Note.AREA_MOVED);
        place(area, points);
        areaMoved = true;
    }

    public boolean isDisallowed() {
        return disallowed;
    }

    public boolean isPointsSet() {
        return pointsSet;
    }

    public boolean isAreaMoved() {
        return areaMoved;
    }

    // --- areas ----------------------------------------------------------------------------

    /**
     * Gives {@code part} of the claim's points to {@code area}; parts of 0 are not listed. Once a
     * reviewer moved the claim, its points stay where the reviewer put them.
     */
    public void place(String area, int part) {
        if (areaMoved) {
            return;
        }
        if (part > 0) {
            areas.merge(area, part, Integer::sum);
        }
        placed = true;
    }

    // --- read by rules and by the engine --------------------------------------------------

    public Claim getClaim() {
        return claim;
    }

    public String getId() {
        return claim.id();
    }

    public ClaimType getType() {
        return claim.type();
    }

    /** The claim's {@link Claim#titleKey()}, normalized once, when a duplicate or cap check first asks. */
    public String getTitleKey() {
        if (titleKey == null) {
            titleKey = claim.titleKey();
        }
        return titleKey;
    }

    /** The claim's date, for dated claims; {@code null} for spans. */
    public LocalDate getDate() {
        return claim instanceof Dated dated ? dated.date() : null;
    }

    public int getOrder() {
        return order;
    }

    public boolean isEvidenceChecked() {
        return evidenceChecked;
    }

    public boolean isEvidenceAccepted() {
        return evidenceAccepted;
    }

    public boolean isWindowChecked() {
        return windowChecked;
    }

    public boolean isOutsideWindow() {
        return outsideWindow;
    }

    /** For span claims: calendar days of the span inside the window. */
    public long getDaysInWindow() {
        return daysInWindow;
    }

    public boolean isScored() {
        return scored;
    }

    public String getRule() {
        return rule;
    }

    /** Set by the engine: the id of the rule that last set the points (a formula's, or a reviewer adjustment's). */
    public void setRule(String rule) {
        this.rule = rule;
        this.ruleAwaited = false;
    }

    /** Whether the points were set by a rule whose id the engine has not recorded yet. */
    public boolean isRuleAwaited() {
        return ruleAwaited;
    }

    public Source getSource() {
        return source;
    }

    public int getPoints() {
        return points;
    }

    public int getPendingPoints() {
        return pendingPoints;
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public boolean isCapChecked() {
        return capChecked;
    }

    public boolean isPlaced() {
        return placed;
    }

    public boolean isTallied() {
        return tallied;
    }

    public void setTallied(boolean tallied) {
        this.tallied = tallied;
    }

    public List<Note> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public Map<String, Integer> getAreas() {
        return Collections.unmodifiableMap(areas);
    }

    @Override
    public String toString() {
        return "ClaimScore[" + claim.id() + " " + points + " by " + rule + " " + notes + "]";
    }
}
