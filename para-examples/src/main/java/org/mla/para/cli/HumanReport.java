package org.mla.para.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mla.para.engine.Explanation;
import org.mla.para.engine.PlainWords;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

/** The assessment as a person reads it: who, the claims with their points, the requirements, the verdict. */
final class HumanReport {

    private static final int TITLE_WIDTH = 44;

    private HumanReport() {
    }

    static String of(Path file, Explanation explanation, Portfolio portfolio) {
        Assessment assessment = explanation.assessment();
        StringBuilder out = new StringBuilder();
        var applicant = portfolio.applicant();
        out.append(applicant.name()).append(" (").append(applicant.id()).append(')');
        if (applicant.library() != null) {
            out.append(", ").append(applicant.library());
        }
        out.append('\n');
        out.append("Level ").append(assessment.targetLevel()).append(" portfolio ").append(file.getFileName())
                .append(", assessed as of ").append(assessment.asOf())
                .append(" under rule edition \"").append(assessment.edition()).append("\"\n\n");

        Table claims = new Table("CLAIM", "TYPE", "TITLE", "POINTS", "RULE", "AREAS", "NOTES");
        claims.rightAlign(3);
        for (int i = 0; i < assessment.claims().size(); i++) {
            ClaimAssessment claim = assessment.claims().get(i);
            Claim input = portfolio.claims().get(i);
            claims.row(claim.id(), input.type().name(), shorten(input.title()), String.valueOf(claim.points()),
                    claim.rule(), areas(claim.areas()), notes(claim, explanation));
        }
        out.append(claims.render()).append('\n');

        List<String> sources = new ArrayList<>();
        for (Source source : Source.values()) {
            String counted = source == Source.EXPERIENCE ? PlainWords.experienceCounted(assessment) : "";
            sources.add(source + " " + assessment.pointsFrom(source) + (counted.isEmpty() ? "" : " " + counted));
        }
        out.append("Points by source: ").append(String.join(", ", sources)).append('\n');
        out.append("Points by area:   ").append(assessment.areaPoints().isEmpty() ? "none" : areas(assessment.areaPoints()))
                .append("\n\n");

        Table requirements = new Table("REQUIREMENT", "REQUIRED", "ACTUAL", "MET");
        requirements.rightAlign(1);
        requirements.rightAlign(2);
        for (Requirement requirement : assessment.requirements()) {
            requirements.row(requirement.name().name(), String.valueOf(requirement.required()),
                    String.valueOf(requirement.actual()), requirement.met() ? "yes" : "NO");
        }
        out.append(requirements.render()).append('\n');
        out.append(verdict(assessment)).append('\n');
        return out.toString();
    }

    static String verdict(Assessment assessment) {
        if (assessment.eligible()) {
            return "ELIGIBLE for Level " + assessment.targetLevel() + ": every requirement is met.";
        }
        String shortfalls = assessment.requirements().stream().filter(r -> !r.met()).map(HumanReport::shortfall)
                .collect(Collectors.joining("; "));
        return "NOT ELIGIBLE for Level " + assessment.targetLevel() + ": " + shortfalls + ".";
    }

    private static String shortfall(Requirement requirement) {
        if (requirement.name() == RequirementName.PREREQUISITE) {
            return requirement.actual() >= requirement.required() + 1
                    ? "already holds Level " + requirement.actual()
                    : "must hold Level " + requirement.required() + " (holds " + (requirement.actual() == 0 ? "none" : "Level " + requirement.actual()) + ")";
        }
        if (requirement.name() == RequirementName.AREAS) {
            return "AREAS " + requirement.actual() + " of " + requirement.required() + " covered";
        }
        return requirement.name() + " short by " + requirement.shortBy() + " points";
    }

    private static String areas(Map<String, Integer> areas) {
        return areas.isEmpty() ? "-" : areas.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Each note with what it refers to: "DUPLICATE of p2 (same title)", "NO_EVIDENCE: +10 with a certificate or attendance form". */
    private static String notes(ClaimAssessment claim, Explanation explanation) {
        return explanation.reasons(claim.id()).stream().map(Explanation.Reason::reference).collect(Collectors.joining("; "));
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 3) + "...";
    }
}
