package org.mla.para.engine;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimType;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

/**
 * The words people read for the codes of the formats: requirements, sources, claim types,
 * evidence and verdicts. One place, so the self-assessment page (through the service), the
 * Review Board's report and the command line say the same thing. Area names come from the
 * rule edition ({@link Edition.Area#name()}), not from here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class PlainWords {

    private PlainWords() {
    }

    /** "Total points", "Education points", "Areas of expertise covered"... */
    public static String requirement(RequirementName name) {
        return switch (name) {
            case PREREQUISITE -> "Level held before";
            case TOTAL -> "Total points";
            case EDUCATION -> "Education points";
            case EXPERIENCE -> "Experience points";
            case PROFESSIONAL_ACTIVITIES -> "Professional activity points";
            case AREAS -> "Areas of expertise covered";
        };
    }

    /** "Education", "Experience", "Professional activities". */
    public static String source(Source source) {
        return switch (source) {
            case EDUCATION -> "Education";
            case EXPERIENCE -> "Experience";
            case PROFESSIONAL_ACTIVITIES -> "Professional activities";
        };
    }

    /** "Workshop", "CEU course", "Committee service"... */
    public static String claimType(ClaimType type) {
        return switch (type) {
            case COLLEGE_COURSE -> "College course";
            case WORKSHOP -> "Workshop";
            case CEU -> "CEU course";
            case CROSS_TRAINING -> "Cross-training";
            case LIBRARY_EMPLOYMENT -> "Library employment";
            case MEMBERSHIP -> "Membership";
            case COMMITTEE -> "Committee service";
            case PRESENTATION -> "Presentation";
            case PUBLICATION -> "Publication";
            case CONFERENCE -> "Conference";
            case AWARD -> "Award";
        };
    }

    /** "workshops", "CEU courses", "library jobs"...: claims of a type, counted. */
    public static String claims(ClaimType type) {
        return switch (type) {
            case COLLEGE_COURSE -> "college courses";
            case WORKSHOP -> "workshops";
            case CEU -> "CEU courses";
            case CROSS_TRAINING -> "cross-training claims";
            case LIBRARY_EMPLOYMENT -> "library jobs";
            case MEMBERSHIP -> "memberships";
            case COMMITTEE -> "committee claims";
            case PRESENTATION -> "presentations";
            case PUBLICATION -> "publications";
            case CONFERENCE -> "conferences";
            case AWARD -> "awards";
        };
    }

    /** "certificate", "attendance form"... */
    public static String evidence(EvidenceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "a certificate or attendance form", "a transcript": what to attach, for a sentence. */
    public static String anyOf(List<EvidenceKind> kinds) {
        if (kinds.isEmpty()) {
            return "accepted evidence";
        }
        List<String> words = kinds.stream().map(PlainWords::evidence).toList();
        String joined = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        return ("aeiou".indexOf(joined.charAt(0)) >= 0 ? "an " : "a ") + joined;
    }

    /** A requirement as a person reads it: "12 of 25 education points", "1 of 2 areas of expertise covered". */
    public static String status(Requirement requirement) {
        return switch (requirement.name()) {
            case PREREQUISITE -> requirement.required() == 0 ? "no level needs to be held first"
                    : "Level " + requirement.required() + " must be held first (held: "
                            + (requirement.actual() == 0 ? "none" : "Level " + requirement.actual()) + ")";
            case AREAS -> requirement.actual() + " of " + requirement.required() + " areas of expertise covered";
            default -> requirement.actual() + " of " + requirement.required() + " "
                    + requirement(requirement.name()).toLowerCase(Locale.ROOT);
        };
    }

    /** "Eligible for Level 1: every requirement is met." or "Not yet eligible for Level 1: short of ...". */
    public static String verdict(Assessment assessment) {
        if (assessment.eligible()) {
            return "Eligible for Level " + assessment.targetLevel() + ": every requirement is met ("
                    + assessment.totalPoints() + " points).";
        }
        List<String> short_ = assessment.requirements().stream().filter(r -> !r.met()).map(PlainWords::status).toList();
        return "Not yet eligible for Level " + assessment.targetLevel() + ": " + String.join("; ", short_) + ".";
    }

    /**
     * "(50 of 106 count toward the total)" when the cap on experience (see
     * {@link Assessment#totalPoints()}) held some of its points back; else empty.
     */
    public static String experienceCounted(Assessment assessment) {
        int points = assessment.pointsFrom(Source.EXPERIENCE);
        int counted = assessment.totalPoints() - assessment.pointsFrom(Source.EDUCATION)
                - assessment.pointsFrom(Source.PROFESSIONAL_ACTIVITIES);
        return counted < points ? "(" + Math.max(0, counted) + " of " + points + " count toward the total)" : "";
    }

    /** The area's name without its parenthesized examples ("Technical Services"); the code when the edition has no such area. */
    public static String area(Edition edition, String code) {
        return edition.areas().stream().filter(a -> a.code().equals(code)).findFirst()
                .map(a -> a.name().replaceFirst("\\s*\\(.*$", "")).orElse(code);
    }
}
