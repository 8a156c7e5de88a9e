package org.mla.para.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.model.constraints.ValidationSupport.AS_OF;
import static org.mla.para.model.constraints.ValidationSupport.problems;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Applicant;
import org.mla.para.model.Award;
import org.mla.para.model.Claim;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.Portfolio;

class PortfolioConstraintsTests {

    private static Award award(String id) {
        return new Award(id, "Award", "GENERAL", AS_OF, List.of(EvidenceKind.LETTER));
    }

    private static Portfolio portfolio(List<HeldLevel> held, List<Claim> claims) {
        return new Portfolio(new Applicant("A-1", "Name", "a@example.org", null), 2, LocalDate.of(2025, 9, 1), AS_OF, held, claims);
    }

    @Test
    void aValidPortfolioHasNoProblems() {
        assertThat(problems(portfolio(List.of(new HeldLevel(1, LocalDate.of(2020, 1, 1))), List.of(award("a1"))))).isEmpty();
    }

    @Test
    void claimIdsAreUniqueEachRepetitionReportedAtItsIndex() {
        assertThat(problems(portfolio(List.of(), List.of(award("a1"), award("a2"), award("a1"), award("a1"))))).containsExactly(
                "claims[2].id: duplicate claim id \"a1\"", "claims[3].id: duplicate claim id \"a1\"");
    }

    @Test
    void aLevelIsListedOnceAndBetweenOneAndFour() {
        List<HeldLevel> held = List.of(new HeldLevel(1, LocalDate.of(2018, 1, 1)), new HeldLevel(1, LocalDate.of(2019, 1, 1)),
                new HeldLevel(5, LocalDate.of(2019, 1, 1)));

        assertThat(problems(portfolio(held, List.of(award("a1"))))).containsExactly(
                "heldLevels[1].level: level 1 is already listed at heldLevels[0]; list each level once",
                "heldLevels[2].level: must be between 1 and 4 (was 5)");
    }

    @Test
    void aPortfolioHasAtLeastOneClaimAndAValidEmail() {
        Portfolio portfolio = new Portfolio(new Applicant("A-1", "Name", "not-an-address", null), 1,
                LocalDate.of(2025, 9, 1), AS_OF, null, List.of());

        assertThat(problems(portfolio)).containsExactly(
                "applicant.email: must be a well-formed email address", "claims: must list at least one claim");
    }
}
