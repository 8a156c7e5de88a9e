package org.mla.para.model.scoring;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.HeldLevel;

/**
 * The fact the rules start from: who is assessed for which level, on which day, holding what.
 * A level counts as held only when it was awarded on or before the assessment date.
 *
 * @param targetLevel the level applied for
 * @param asOf        the assessment date
 * @param heldLevels  the levels listed as awarded, whatever their dates
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Candidate(int targetLevel, LocalDate asOf, List<HeldLevel> heldLevels) {

    public Candidate {
        heldLevels = List.copyOf(heldLevels);
    }

    /** Whether {@code level} was awarded on or before the assessment date. */
    public boolean holds(int level) {
        return awardedOn(level) != null;
    }

    /** When {@code level} was awarded, if it is held on the assessment date; otherwise {@code null}. */
    public LocalDate awardedOn(int level) {
        return heldLevels.stream()
                .filter(h -> h.level() == level && !h.awardedOn().isAfter(asOf))
                .map(HeldLevel::awardedOn)
                .findFirst().orElse(null);
    }

    /** The highest level held on the assessment date; 0 when none is. */
    public int highestLevelHeld() {
        return heldLevels.stream()
                .filter(h -> !h.awardedOn().isAfter(asOf))
                .mapToInt(HeldLevel::level)
                .max().orElse(0);
    }
}
