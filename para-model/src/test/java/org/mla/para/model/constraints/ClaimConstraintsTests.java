package org.mla.para.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.model.constraints.ValidationSupport.AS_OF;
import static org.mla.para.model.constraints.ValidationSupport.problems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Ceu;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Membership;
import org.mla.para.model.Workshop;

class ClaimConstraintsTests {

    private static Workshop workshop(String hours, LocalDate date, String area) {
        return new Workshop("w1", "Workshop", area, date, new BigDecimal(hours), List.of(EvidenceKind.CERTIFICATE));
    }

    @ParameterizedTest(name = "{0} hours: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1     | ''
            1.5   | ''
            40    | ''
            1.3   | hours: must be a multiple of 0.5 (was 1.3)
            0.5   | hours: must be between 1 and 40 (was 0.5)
            40.5  | hours: must be between 1 and 40 (was 40.5)
            1.50  | ''
            """)
    void workshopHoursComeInHalfHoursFromOneToForty(String hours, String problem) {
        assertThat(problems(workshop(hours, AS_OF, "REFERENCE"))).isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @Test
    void ceusComeInTenths() {
        Ceu ceu = new Ceu("u1", "Course", "GENERAL", AS_OF, new BigDecimal("0.65"), List.of());

        assertThat(problems(ceu)).containsExactly("ceus: must be a multiple of 0.1 (was 0.65)");
    }

    @Test
    void collegeCreditsComeInHalvesUpToTwelve() {
        CollegeCourse course = new CollegeCourse("c1", "Course", "GENERAL", AS_OF, new BigDecimal("12.5"),
                CreditSystem.SEMESTER, true, List.of());

        assertThat(problems(course)).containsExactly("credits: must be between 0.5 and 12 (was 12.5)");
    }

    @Test
    void noDateMayLieAfterTheAssessmentDate() {
        assertThat(problems(workshop("1", AS_OF.plusDays(1), "REFERENCE")))
                .containsExactly("date: must not be after the assessment date 2026-02-20");
    }

    @Test
    void areasMustBeTheEditions() {
        assertThat(problems(workshop("1", AS_OF, "CATALOGING")))
                .containsExactly("area: unknown area \"CATALOGING\" (known: REFERENCE, GENERAL)");
    }

    @Test
    void aSpanEndsOnOrAfterItsStart() {
        Membership membership = new Membership("m1", "MLA", "GENERAL", LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1),
                List.of());
        Membership oneDay = new Membership("m1", "MLA", "GENERAL", LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 2), List.of());

        assertThat(problems(membership)).containsExactly("end: must not be before start 2022-01-02");
        assertThat(problems(oneDay)).isEmpty();
    }

    @Test
    void anEmploymentSplitAddsUpToAHundredWithEachAreaOnce() {
        LibraryEmployment job = new LibraryEmployment("e1", "Job", LocalDate.of(2020, 1, 1), null, 35, true,
                List.of(new AreaShare("REFERENCE", 70), new AreaShare("REFERENCE", 20), new AreaShare("GENERAL", 0)),
                List.of());

        assertThat(problems(job)).containsExactly(
                "areas: percentages must add up to 100 (were 90)",
                "areas[1].area: area REFERENCE is already listed at areas[0]; list each area once",
                "areas[2].percent: must be between 1 and 100 (was 0)");
    }

    @Test
    void requiredFieldsAreRequired() {
        Workshop empty = new Workshop(null, " ", null, null, null, null);

        assertThat(problems(empty)).containsExactly(
                "area: must not be null", "date: must not be null", "evidence: must not be null",
                "hours: must not be null", "id: must not be blank", "title: must not be blank");
    }
}
