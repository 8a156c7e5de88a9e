package org.mla.para.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The explained result of assessing a portfolio against its target level: every claim's points
 * with the rule that set them, the totals, and each requirement of the level. Immutable.
 *
 * @param applicantId  the applicant's id
 * @param edition      the id of the rule edition that was applied
 * @param asOf         the assessment date
 * @param targetLevel  the level assessed for
 * @param eligible     whether every requirement is met
 * @param totalPoints  the points toward the TOTAL requirement (experience counts up to its cap)
 * @param sourcePoints counted points per source; always all three sources
 * @param areaPoints   counted points per area, only areas above 0, in the edition's order
 * @param claims       one entry per claim, in portfolio order
 * @param requirements the level's requirements, in {@link RequirementName} order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Assessment(String applicantId, String edition, LocalDate asOf, int targetLevel, boolean eligible,
        int totalPoints, Map<Source, Integer> sourcePoints, Map<String, Integer> areaPoints,
        List<ClaimAssessment> claims, List<Requirement> requirements) {

    public Assessment {
        sourcePoints = Collections.unmodifiableMap(new EnumMap<>(sourcePoints));
        areaPoints = Collections.unmodifiableMap(new LinkedHashMap<>(areaPoints));
        claims = List.copyOf(claims);
        requirements = List.copyOf(requirements);
    }

    /** The assessment of the claim with this id. */
    public Optional<ClaimAssessment> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The requirement with this name. */
    public Requirement requirement(RequirementName name) {
        return requirements.stream().filter(r -> r.name() == name).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no requirement " + name + " in this assessment"));
    }

    /** Counted points of one source. */
    public int pointsFrom(Source source) {
        return sourcePoints.getOrDefault(source, 0);
    }

    /** Counted points of one area; 0 for an area without points. */
    public int pointsIn(String area) {
        return areaPoints.getOrDefault(area, 0);
    }
}
