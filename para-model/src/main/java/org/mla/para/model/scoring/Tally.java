package org.mla.para.model.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

/**
 * The portfolio's running totals and, once the level rules have run, its total points and
 * checked requirements. The engine inserts one per assessment.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Tally {

    private final Map<Source, Integer> sourcePoints = new EnumMap<>(Source.class);
    private final Map<String, Integer> areaPoints = new HashMap<>();
    private final Map<RequirementName, Requirement> requirements = new EnumMap<>(RequirementName.class);
    private Integer totalPoints;

    public Tally() {
        for (Source source : Source.values()) {
            sourcePoints.put(source, 0);
        }
    }

    /** Adds a scored claim's counted points to its source and its areas. */
    public void add(ClaimScore score) {
        sourcePoints.merge(score.getSource(), score.getPoints(), Integer::sum);
        score.getAreas().forEach((area, part) -> areaPoints.merge(area, part, Integer::sum));
    }

    /** Counted points of {@code source}, before any cap on totals. */
    public int source(Source source) {
        return sourcePoints.get(source);
    }

    /** Counted points of {@code area}. */
    public int area(String area) {
        return areaPoints.getOrDefault(area, 0);
    }

    /** How many areas have at least {@code minimum} points. */
    public int areasWithAtLeast(int minimum) {
        return (int) areaPoints.values().stream().filter(points -> points >= minimum).count();
    }

    /** Records one checked requirement of the level. */
    public void require(RequirementName name, int required, int actual, boolean met) {
        requirements.put(name, new Requirement(name, required, actual, met));
    }

    public Integer getTotalPoints() {
        return totalPoints;
    }

    public void setTotalPoints(Integer totalPoints) {
        this.totalPoints = totalPoints;
    }

    public Map<Source, Integer> getSourcePoints() {
        return Collections.unmodifiableMap(sourcePoints);
    }

    public Map<String, Integer> getAreaPoints() {
        return Collections.unmodifiableMap(areaPoints);
    }

    public Map<RequirementName, Requirement> getRequirements() {
        return Collections.unmodifiableMap(requirements);
    }
}
