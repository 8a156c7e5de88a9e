package org.mla.para.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What one claim earned, and why.
 *
 * @param id            the claim's id
 * @param points        the points counted toward the level
 * @param pendingPoints what the claim would earn with accepted evidence (before duplicates and
 *                      caps); 0 for a claim whose evidence is accepted
 * @param rule          the id of the rule that set the claim's points
 * @param source        the source the points count toward
 * @param areas         the counted points per area, only parts above 0, in the claim's order
 * @param notes         every reason the claim earned less than its formula, in check order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ClaimAssessment(String id, int points, int pendingPoints, String rule, Source source,
        Map<String, Integer> areas, List<Note> notes) {

    public ClaimAssessment {
        areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
        notes = List.copyOf(notes);
    }

    /** The points this claim gives {@code area}; 0 when it gives it none. */
    public int pointsIn(String area) {
        return areas.getOrDefault(area, 0);
    }
}
