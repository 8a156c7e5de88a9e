package org.mla.para.model;

import org.apiguardian.api.API;

/**
 * One requirement of the target level, checked.
 *
 * @param name     which requirement
 * @param required what the level requires (for {@code PREREQUISITE}: the level that must be held)
 * @param actual   what the portfolio has (for {@code PREREQUISITE}: the highest level held)
 * @param met      whether the requirement is met
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Requirement(RequirementName name, int required, int actual, boolean met) {

    /** How much is missing: {@code required - actual}, or 0 when nothing is. */
    public int shortBy() {
        return Math.max(0, required - actual);
    }
}
