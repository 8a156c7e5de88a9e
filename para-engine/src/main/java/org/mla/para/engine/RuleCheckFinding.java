package org.mla.para.engine;

import org.apiguardian.api.API;

/**
 * A rule that breaks an assessment, found by {@link ParaEngine#checkRules()} before any applicant
 * meets it, with a portfolio that shows it.
 *
 * @param edition       the id of the edition whose rule it is
 * @param problem       the rule's file, line and column, and what it does wrong
 * @param shownBy       which portfolio shows it: a scenario's name, or what a generated portfolio probes
 * @param portfolioJson that portfolio in the portfolio format, to assess again after a fix
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record RuleCheckFinding(String edition, Problem problem, String shownBy, String portfolioJson) {
}
