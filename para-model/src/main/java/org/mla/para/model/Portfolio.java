package org.mla.para.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.NotAfterAssessmentDate;
import org.mla.para.model.constraints.UniqueClaimIds;
import org.mla.para.model.constraints.UniqueLevels;

/**
 * An applicant's portfolio for one level: who, which level, when, and the claims that should
 * earn the points. Immutable; build one in code or read one with the engine's JSON reader.
 *
 * @param applicant    who applies
 * @param targetLevel  the level applied for, 1..4
 * @param registeredOn the day the applicant registered; picks the rule edition in force
 * @param submittedOn  the day the portfolio was submitted, the assessment date; {@code null}
 *                     when not yet submitted
 * @param heldLevels   the levels already awarded; empty when none
 * @param claims       the claims, in the order the applicant listed them (that order decides
 *                     which claims a cap reaches first)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Portfolio(
        @NotNull @Valid Applicant applicant,
        @NotNull @Between(min = "1", max = "4") Integer targetLevel,
        @NotNull @NotAfterAssessmentDate LocalDate registeredOn,
        LocalDate submittedOn,
        @NotNull @UniqueLevels List<@NotNull @Valid HeldLevel> heldLevels,
        @NotEmpty(message = "must list at least one claim") @UniqueClaimIds List<@NotNull @Valid Claim> claims) {

    public Portfolio {
        heldLevels = heldLevels == null ? List.of() : Lists.copyOf(heldLevels);
        claims = Lists.copyOf(claims);
    }

    /**
     * A portfolio not yet submitted, with no levels held and no claims yet: give them with
     * {@link #withClaims(Claim...)} and {@link #withHeldLevel(int, LocalDate)}. Every
     * {@code with...} method returns a new portfolio and leaves this one as it is.
     *
     * <pre>{@code
     * Portfolio portfolio = Portfolio.of(Applicant.of("A-1001", "Jane Doe"), 1, LocalDate.of(2025, 9, 1))
     *         .withClaims(Workshop.of("w1", "Readers' Advisory Basics").withArea("REFERENCE")
     *                 .withDate(LocalDate.of(2025, 4, 10)).withHours("2.5").withEvidence(EvidenceKind.CERTIFICATE));
     * }</pre>
     *
     * @param applicant    who applies
     * @param targetLevel  the level applied for, 1..4
     * @param registeredOn the day the applicant registered; picks the rule edition in force
     * @return the portfolio
     */
    public static Portfolio of(Applicant applicant, int targetLevel, LocalDate registeredOn) {
        return new Portfolio(applicant, targetLevel, registeredOn, null, List.of(), List.of());
    }

    /**
     * The same portfolio with these claims instead of the ones it had.
     *
     * @param claims the claims, in the order the applicant lists them
     * @return a new portfolio
     */
    public Portfolio withClaims(Claim... claims) {
        return withClaims(List.of(claims));
    }

    /**
     * The same portfolio with one more level already held, after those it lists.
     *
     * @param level     the level held, 1..4
     * @param awardedOn the day it was awarded
     * @return a new portfolio
     */
    public Portfolio withHeldLevel(int level, LocalDate awardedOn) {
        List<HeldLevel> held = new java.util.ArrayList<>(heldLevels);
        held.add(new HeldLevel(level, awardedOn));
        return new Portfolio(applicant, targetLevel, registeredOn, submittedOn, held, claims);
    }

    /** The same portfolio applying for another level. */
    public Portfolio withTargetLevel(int level) {
        return new Portfolio(applicant, level, registeredOn, submittedOn, heldLevels, claims);
    }

    /** The same portfolio submitted on {@code day}: the day it arrived, which is its assessment date. */
    public Portfolio withSubmittedOn(LocalDate day) {
        return new Portfolio(applicant, targetLevel, registeredOn, day, heldLevels, claims);
    }

    /** The same portfolio with other claims: handy for "what if" questions. */
    public Portfolio withClaims(List<? extends Claim> otherClaims) {
        return new Portfolio(applicant, targetLevel, registeredOn, submittedOn, heldLevels, List.copyOf(otherClaims));
    }
}
