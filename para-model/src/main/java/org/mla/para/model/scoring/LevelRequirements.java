package org.mla.para.model.scoring;

import org.apiguardian.api.API;

/**
 * What a level requires, as the level rules state it. Built fluently in a rule's consequence so
 * that it reads like the Guidelines' table:
 * {@code LevelRequirements.of(2).total(150).education(40).experience(20).activities(20).areas(3).holding(1)}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LevelRequirements {

    private final int level;
    private int total;
    private int education;
    private int experience;
    private int activities;
    private int areas;
    private int holding;

    private LevelRequirements(int level) {
        this.level = level;
    }

    /** Starts the requirements of {@code level}; every minimum is 0 until set. */
    public static LevelRequirements of(int level) {
        return new LevelRequirements(level);
    }

    public LevelRequirements total(int points) {
        this.total = points;
        return this;
    }

    public LevelRequirements education(int points) {
        this.education = points;
        return this;
    }

    public LevelRequirements experience(int points) {
        this.experience = points;
        return this;
    }

    public LevelRequirements activities(int points) {
        this.activities = points;
        return this;
    }

    /** How many areas must be covered. */
    public LevelRequirements areas(int count) {
        this.areas = count;
        return this;
    }

    /** The level that must already be held; 0 for none. */
    public LevelRequirements holding(int previousLevel) {
        this.holding = previousLevel;
        return this;
    }

    public int getLevel() {
        return level;
    }

    public int getTotal() {
        return total;
    }

    public int getEducation() {
        return education;
    }

    public int getExperience() {
        return experience;
    }

    public int getActivities() {
        return activities;
    }

    public int getAreas() {
        return areas;
    }

    public int getHolding() {
        return holding;
    }
}
