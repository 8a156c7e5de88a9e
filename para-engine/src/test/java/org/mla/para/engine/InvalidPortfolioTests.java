package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidPortfolioTests {

    private static final String WORKSHOP = """
            { "id": "w1", "type": "WORKSHOP", "title": "Readers' Advisory", "area": "REFERENCE",
              "date": "2025-01-10", "hours": 2, "evidence": ["CERTIFICATE"] }""";

    /** A valid Level 1 portfolio holding {@code claims}; {@code extra} adds top-level fields. */
    static String portfolio(String extra, String... claims) {
        return """
                { "schemaVersion": 1,
                  "applicant": { "id": "A-1", "name": "Test Applicant", "email": "t@example.org" },
                  "targetLevel": 1, "registeredOn": "2025-09-01", "submittedOn": "2026-02-20"%s,
                  "claims": [ %s ] }""".formatted(extra, String.join(", ", claims));
    }

    static List<String> problems(String json) {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, () -> ENGINE.assessJson(json, AS_OF));
        assertThat(e).as("expected the portfolio to be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBasePortfolioIsValid() {
        assertThat(ENGINE.assessJson(portfolio("", WORKSHOP), AS_OF).claims()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "hours": 2                         | "hours": 1.3                            | claims[0].hours: must be a multiple of 0.5 (was 1.3)
            "hours": 2                         | "hours": 41                             | claims[0].hours: must be between 1 and 40 (was 41)
            "hours": 2                         | "hours": "2"                            | claims[0].hours: must be a number (was "2")
            "hours": 2,                        | ''                                      | claims[0].hours: is required
            "hours": 2                         | "hours": 2, "hour": 2                   | claims[0].hour: unknown field
            "hours": 2                         | "hours": 2, "credits": 3                | claims[0].credits: not a field of WORKSHOP claims
            "REFERENCE"                        | "CATALOGING"                            | claims[0].area: unknown area "CATALOGING" (known: PUBLIC_SERVICES, REFERENCE, TECHNICAL_SERVICES, TECHNOLOGY, ADMINISTRATION, YOUTH_SERVICES, GENERAL)
            "2025-01-10"                       | "2026-02-21"                            | claims[0].date: must not be after the assessment date 2026-02-20
            "2025-01-10"                       | "2025-02-30"                            | claims[0].date: 2025-02-30 is not a date (February 2025 has 28 days)
            "2025-01-10"                       | "2025-13-01"                            | claims[0].date: 2025-13-01 is not a date (there is no month 13)
            "2025-01-10"                       | ""                                      | claims[0].date: must be a date as yyyy-MM-dd (was "")
            ["CERTIFICATE"]                    | ["CERTIFCATE"]                          | claims[0].evidence[0]: unknown evidence kind "CERTIFCATE" (known: TRANSCRIPT, CERTIFICATE, ATTENDANCE_FORM, SUPERVISOR_LETTER, MEMBERSHIP_RECORD, LETTER, MINUTES, PROGRAM, COPY)
            , "evidence": ["CERTIFICATE"]      | ''                                      | claims[0].evidence: is required
            "Readers' Advisory"                | "  "                                    | claims[0].title: must not be blank
            "type": "WORKSHOP"                 | "type": "WEBINAR"                       | claims[0].type: unknown claim type "WEBINAR" (known: COLLEGE_COURSE, WORKSHOP, CEU, CROSS_TRAINING, LIBRARY_EMPLOYMENT, MEMBERSHIP, COMMITTEE, PRESENTATION, PUBLICATION, CONFERENCE, AWARD)
            "hours": 2                         | "hours": 1e999999999                    | claims[0].hours: must be a plain number with at most 9 digits before and after the point (was 1E+999999999)
            "hours": 2                         | "hours": 2, "a.b": 1                    | claims[0]["a.b"]: unknown field
            "2025-01-10"                       | "+12025-01-10"                          | claims[0].date: must be a date as yyyy-MM-dd (was "+12025-01-10")
            "type": "WORKSHOP",                | ''                                      | claims[0].type: is required (one of COLLEGE_COURSE, WORKSHOP, CEU, CROSS_TRAINING, LIBRARY_EMPLOYMENT, MEMBERSHIP, COMMITTEE, PRESENTATION, PUBLICATION, CONFERENCE, AWARD)
            """)
    void eachClaimProblemIsNamedByItsPath(String valid, String broken, String problem) {
        String claim = WORKSHOP.replace(valid.strip(), broken.strip());
        assertThat(claim).as("the test's replacement applies").isNotEqualTo(WORKSHOP);

        assertThat(problems(portfolio("", claim))).containsExactly(problem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "targetLevel": 1                        | "targetLevel": 5                                   | targetLevel: must be between 1 and 4 (was 5)
            "targetLevel": 1                        | "targetLevel": 1.0                                 | targetLevel: must be a whole number (was 1.0)
            "targetLevel": 1                        | "targetLevel": "1"                                | targetLevel: must be a whole number (was "1")
            "schemaVersion": 1                      | "schemaVersion": 2                                | schemaVersion: must be 1 (was 2); this version of PARA reads schema 1
            "email": "t@example.org"                | "email": "t.example.org"                          | applicant.email: must be an e-mail address (was "t.example.org")
            "id": "A-1",                            | ''                                                | applicant.id: is required
            "name": "Test Applicant"                | "name": "Test Applicant", "phone": "555"          | applicant.phone: unknown field
            "registeredOn": "2025-09-01"            | "registeredOn": "2019-09-01"                      | registeredOn: no rule edition was in force on 2019-09-01 (the earliest, "reference", applies from 2020-03-12)
            "registeredOn": "2025-09-01"            | "registeredOn": "2026-03-01"                      | registeredOn: must not be after the assessment date 2026-02-20
            "submittedOn": "2026-02-20"             | "submittedOn": "2026-02-20", "notes": "x"         | notes: unknown field
            "schemaVersion": 1                      | "schemaVersion": 4294967297                       | schemaVersion: must be 1 (was 4294967297); this version of PARA reads schema 1
            "submittedOn": "2026-02-20"             | "submittedOn": "2026-02-20", "x[99999999999]": 1  | $["x[99999999999]"]: unknown field
            """)
    void eachPortfolioProblemIsNamedByItsPath(String valid, String broken, String problem) {
        String base = portfolio("", WORKSHOP);
        String json = base.replace(valid.strip(), broken.strip());
        assertThat(json).as("the test's replacement applies").isNotEqualTo(base);

        assertThat(problems(json)).containsExactly(problem);
    }

    @Test
    void aPortfolioWithoutClaimsIsRefused() {
        assertThat(problems(portfolio(""))).containsExactly("claims: must list at least one claim");
    }

    @Test
    void heldLevelsListEachLevelOnce() {
        String json = portfolio(", \"heldLevels\": [ { \"level\": 1, \"awardedOn\": \"2020-05-01\" },"
                + " { \"level\": 1, \"awardedOn\": \"2021-05-01\" } ]", WORKSHOP);

        assertThat(problems(json)).containsExactly("heldLevels[1].level: level 1 is already listed at heldLevels[0]; list each level once");
    }

    @Test
    void employmentSplitsMustAddUpAndNameEachAreaOnce() {
        String job = """
                { "id": "e1", "type": "LIBRARY_EMPLOYMENT", "title": "Assistant", "start": "2020-01-01", "end": null,
                  "hoursPerWeek": 35, "paid": true, "evidence": ["SUPERVISOR_LETTER"],
                  "areas": [ { "area": "REFERENCE", "percent": 60 }, { "area": "REFERENCE", "percent": 30 },
                             { "area": "GENERAL", "percent": 0 } ] }""";

        assertThat(problems(portfolio("", job))).containsExactly(
                "claims[0].areas: percentages must add up to 100 (were 90)",
                "claims[0].areas[1].area: area REFERENCE is already listed at areas[0]; list each area once",
                "claims[0].areas[2].percent: must be between 1 and 100 (was 0)");
    }

    @Test
    void aSpanMustNotEndBeforeItStarts() {
        String membership = """
                { "id": "m1", "type": "MEMBERSHIP", "title": "MLA", "area": "GENERAL", "start": "2022-01-01",
                  "end": "2021-12-31", "evidence": [] }""";

        assertThat(problems(portfolio("", membership))).containsExactly("claims[0].end: must not be before start 2022-01-01");
    }

    @Test
    void claimIdsAreUniqueAndPathsKeepTheirDocumentIndexPastAClaimOfUnknownType() {
        String unknown = WORKSHOP.replace("\"WORKSHOP\"", "\"WEBINAR\"");
        String duplicate = WORKSHOP.replace("\"hours\": 2", "\"hours\": 1.3");

        assertThat(problems(portfolio("", WORKSHOP, unknown, duplicate))).containsExactly(
                "claims[1].type: unknown claim type \"WEBINAR\" (known: COLLEGE_COURSE, WORKSHOP, CEU, CROSS_TRAINING, "
                        + "LIBRARY_EMPLOYMENT, MEMBERSHIP, COMMITTEE, PRESENTATION, PUBLICATION, CONFERENCE, AWARD)",
                "claims[2].id: duplicate claim id \"w1\"",
                "claims[2].hours: must be a multiple of 0.5 (was 1.3)");
    }

    @Test
    void problemsOfAPortfolioBuiltInJavaComeInTheFormatsOrderAndThoseOfOneValueByMessage() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 4, 10);
        org.mla.para.model.Portfolio portfolio = new org.mla.para.model.Portfolio(
                new org.mla.para.model.Applicant("A-1", " ", "not-an-address", null), 9, java.time.LocalDate.of(2025, 9, 1), null,
                List.of(), List.of(
                        org.mla.para.model.Workshop.of("w1", "Readers' Advisory").withArea("CATALOGING").withDate(day).withHours("0.3"),
                        org.mla.para.model.Workshop.of("w2", " ").withArea("REFERENCE").withDate(day).withHours("2")));

        List<Problem> problems = ENGINE.validate(portfolio, AS_OF);

        assertThat(problems).extracting(Problem::path).containsExactly("applicant.name", "applicant.email", "targetLevel",
                "claims[0].area", "claims[0].hours", "claims[0].hours", "claims[1].title");
        assertThat(problems).filteredOn(p -> p.path().equals("claims[0].hours")).extracting(Problem::message)
                .containsExactly("must be a multiple of 0.5 (was 0.3)", "must be between 1 and 40 (was 0.3)");
    }

    @Test
    void blankIdsAreReportedOnceEachNotAlsoAsDuplicates() {
        String blank = WORKSHOP.replace("\"w1\"", "\"\"");

        assertThat(problems(portfolio("", blank, blank))).containsExactly(
                "claims[0].id: must not be blank", "claims[1].id: must not be blank");
    }

    @Test
    void controlCharactersInEchoedValuesAreEscapedSoEachProblemIsOneLine() {
        assertThat(problems(portfolio("", WORKSHOP.replace("\"REFERENCE\"", "\"REF\\nERENCE\""))))
                .singleElement().asString().startsWith("claims[0].area: unknown area \"REF\\u000aERENCE\"");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        List<String> problems = problems("{\n  \"targetLevel\": 1,\n  \"claims\": [ }\n");

        assertThat(problems).containsExactly("$: malformed JSON at line 3, column 15: a ] is missing before this }");
    }

    @Test
    void aKeyTwiceInOneObjectIsMalformed() {
        assertThat(problems(portfolio(", \"targetLevel\": 2", WORKSHOP))).singleElement().asString()
                .startsWith("$: malformed JSON at line 3").endsWith(": the field \"targetLevel\" is given twice: keep one of them");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertThat(problems("[]")).containsExactly("$: must be a JSON object holding a portfolio");
        assertThat(problems("")).containsExactly("$: must be a JSON object holding a portfolio");
    }

    @Test
    void everyProblemOfAPortfolioIsReportedAtOnceInDocumentOrder() {
        String json = portfolio("", WORKSHOP.replace("\"hours\": 2", "\"hour\": 2"), WORKSHOP.replace("w1", "w2")
                .replace("REFERENCE", "CATALOGING"), WORKSHOP.replace("w1", "w3").replace("2025-01-10", "2027-01-01"))
                .replace("\"t@example.org\"", "\"nobody\"");

        assertThat(problems(json)).containsExactly(
                "applicant.email: must be an e-mail address (was \"nobody\")",
                "claims[0].hours: is required",
                "claims[0].hour: unknown field",
                "claims[1].area: unknown area \"CATALOGING\" (known: PUBLIC_SERVICES, REFERENCE, TECHNICAL_SERVICES, "
                        + "TECHNOLOGY, ADMINISTRATION, YOUTH_SERVICES, GENERAL)",
                "claims[2].date: must not be after the assessment date 2026-02-20");
    }

    @Test
    void aPortfolioBuiltInJavaIsValidatedToo() {
        var portfolio = Fixtures.level(1).with(Fixtures.workshop("w1", "1.3")).portfolio();

        assertThatThrownBy(() -> ENGINE.assess(portfolio, AS_OF))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("claims[0].hours", "must be a multiple of 0.5 (was 1.3)")));
        assertThat(ENGINE.validate(portfolio, AS_OF)).hasSize(1);
    }
}
