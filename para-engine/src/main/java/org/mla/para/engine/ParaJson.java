package org.mla.para.engine;

import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.engine.internal.JsonWriting;
import org.mla.para.engine.internal.PortfolioReader;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;

/**
 * The interchange formats: portfolios in, assessments out, as other MLA systems exchange them.
 * Reading is strict: an unknown field, a field of another claim type, a wrongly typed value or
 * malformed JSON is a problem with its path (and for malformed JSON, line and column).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ParaJson {

    private ParaJson() {
    }

    /**
     * Reads a portfolio, checking its form. Rules of content (areas, dates, steps...) are checked
     * when the engine assesses it; {@link ParaEngine#assessJson} does both and reports all problems at once.
     *
     * @throws InvalidPortfolioException with every problem of form
     */
    public static Portfolio readPortfolio(String json) {
        PortfolioReader.Result read = PortfolioReader.read(json);
        if (!read.problems().isEmpty()) {
            throw new InvalidPortfolioException(read.problems());
        }
        return read.portfolio();
    }

    /** Writes a portfolio in the portfolio format, indented. */
    public static String write(Portfolio portfolio) {
        return JsonWriting.text(JsonWriting.value(portfolio), true);
    }

    /** Writes an assessment as one line of JSON. */
    public static String write(Assessment assessment) {
        return JsonWriting.text(JsonWriting.assessment(assessment), false);
    }

    /** Writes an assessment as indented JSON. */
    public static String writePretty(Assessment assessment) {
        return JsonWriting.text(JsonWriting.assessment(assessment), true);
    }

    /** Writes a gap analysis as one line of JSON. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static String write(GapAnalysis gap) {
        return JsonWriting.text(JsonWriting.gap(gap), false);
    }

    /** Writes an explained assessment as one line of JSON: {@code {"assessment": ..., "verdict": ..., "requirements": [...], "sources": [...], "claims": [...]}}. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public static String write(Explanation explanation) {
        return JsonWriting.text(JsonWriting.explanation(explanation), false);
    }

    /**
     * Reads reviewers' adjustments: a JSON list of
     * {@code {"claimId": "c3", "action": "DISALLOW", "reason": "...", "reviewer": "..."}}
     * ({@code points} for SET_POINTS, {@code area} for MOVE_AREA). Checking them against a
     * portfolio is the engine's work ({@link ParaEngine#assess(Portfolio, java.time.LocalDate, List)}).
     *
     * @throws InvalidPortfolioException with every problem of form
     */
    @API(status = API.Status.STABLE, since = "0.2")
    public static List<Adjustment> readAdjustments(String json) {
        PortfolioReader.Adjustments read = PortfolioReader.readAdjustments(json);
        if (!read.problems().isEmpty()) {
            throw new InvalidPortfolioException(read.problems());
        }
        return read.adjustments();
    }

    /** Reads an assessment written by {@link #write(Assessment)}. */
    public static Assessment readAssessment(String json) {
        return JsonWriting.readAssessment(json);
    }
}
