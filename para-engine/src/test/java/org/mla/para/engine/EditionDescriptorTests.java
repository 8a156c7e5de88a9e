package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes librarians make in {@code edition.json}, each refused with one line that names
 * the file, the field and what to write instead.
 */
class EditionDescriptorTests {

    private static final String AREAS = """
            [ { "code": "GENERAL", "name": "General Library Service" },
                { "code": "REFERENCE", "name": "Reference" } ]""";

    @TempDir
    Path dir;

    @Test
    void aMisspelledFieldIsNamedWithTheFieldsThereAre() throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "efectiveFrom": "2027-01-01", "areas": %s }""".formatted(AREAS)))
                .containsExactly(
                        descriptor() + ": \"efectiveFrom\" is not a field of edition.json (its fields are id, title, effectiveFrom, areas)",
                        descriptor() + ": effectiveFrom: is required (a non-blank string)");
    }

    @Test
    void aMisspelledFieldBesideTheRightOneIsNotIgnored() throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "effectiveFrom": "2027-01-01", "efectiveFrom": "2028-01-01",
                  "areas": %s }""".formatted(AREAS)))
                .containsExactly(
                        descriptor() + ": \"efectiveFrom\" is not a field of edition.json (its fields are id, title, effectiveFrom, areas)");
    }

    @Test
    void aMisspelledFieldOfAnAreaIsNamedWithTheAreasFields() throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "effectiveFrom": "2027-01-01",
                  "areas": [ { "code": "GENERAL", "name": "General" }, { "code": "REFERENCE", "nmae": "Reference" } ] }"""))
                .containsExactly(
                        descriptor() + ": areas[1]: \"nmae\" is not a field of an area (its fields are code, name)",
                        descriptor() + ": areas[1].name: is required (a non-blank string)");
    }

    @Test
    void aFieldGivenTwiceIsRefusedAtItsLine() throws IOException {
        assertThat(problems("""
                {
                  "id": "2027",
                  "title": "2027 edition",
                  "id": "2028",
                  "effectiveFrom": "2027-01-01",
                  "areas": %s
                }""".formatted(AREAS)))
                .containsExactly(descriptor() + ":4:7: not valid JSON: the field \"id\" is given twice: keep one of them");
    }

    @Test
    void aMissingCommaIsOneLineWithTheLineAndColumnAndNoParserWords() throws IOException {
        assertThat(problems("""
                {
                  "id": "2027",
                  "title": "2027 edition"
                  "effectiveFrom": "2027-01-01",
                  "areas": %s
                }""".formatted(AREAS)))
                .containsExactly(descriptor() + ":4:3: not valid JSON: a comma is missing between two fields, or a quote is not closed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2027-13-01   | effectiveFrom: 2027-13-01 is not a date (there is no month 13)
            2027-00-10   | effectiveFrom: 2027-00-10 is not a date (there is no month 0)
            2027-04-31   | effectiveFrom: 2027-04-31 is not a date (April has 30 days)
            2027-02-29   | effectiveFrom: 2027-02-29 is not a date (February 2027 has 28 days)
            2027-01-32   | effectiveFrom: 2027-01-32 is not a date (there is no day 32)
            1 April 2027 | effectiveFrom: must be a date as yyyy-MM-dd (was "1 April 2027")
            """)
    void aDateThatIsNoDayIsToldApartFromADateInAnotherForm(String date, String message) throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "effectiveFrom": "%s", "areas": %s }""".formatted(date, AREAS)))
                .containsExactly(descriptor() + ": " + message);
    }

    @Test
    void aLeapDayInALeapYearIsADate() throws IOException {
        ParaEngineTests.copyReferenceEdition(dir.resolve("2028"));
        Files.writeString(dir.resolve("2028/edition.json"), """
                { "id": "2028", "title": "2028 edition", "effectiveFrom": "2028-02-29", "areas": %s }""".formatted(AREAS));

        assertThat(org.mla.para.engine.internal.EditionSource.inDirectory(dir)).singleElement()
                .satisfies(source -> assertThat(source.edition().effectiveFrom()).isEqualTo(java.time.LocalDate.of(2028, 2, 29)));
    }

    @Test
    void anAreaListedTwiceIsRefusedNamingItsCode() throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "effectiveFrom": "2027-01-01",
                  "areas": [ { "code": "GENERAL", "name": "General" }, { "code": "REFERENCE", "name": "Reference" },
                             { "code": "GENERAL", "name": "General again" } ] }"""))
                .containsExactly(descriptor() + ": areas[2].code: \"GENERAL\" is already the code of areas[0]: list each area once");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Digital Services | DIGITAL_SERVICES
            youth-services   | YOUTH_SERVICES
            Périodiques      | PERIODIQUES
            """)
    void anAreaCodeNotWrittenAsCodesAreIsRefusedWithTheCodeToWrite(String code, String suggested) throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "effectiveFrom": "2027-01-01",
                  "areas": [ { "code": "GENERAL", "name": "General" }, { "code": "%s", "name": "Other" } ] }""".formatted(code)))
                .containsExactly(descriptor() + ": areas[1].code: \"" + code + "\" is not how area codes are written "
                        + "(capital letters, digits and underscores, beginning with a letter): write " + suggested);
    }

    @Test
    void anAreaCodeWithNothingToSuggestSaysHowCodesAreWritten() throws IOException {
        assertThat(problems("""
                { "id": "2027", "title": "2027 edition", "effectiveFrom": "2027-01-01",
                  "areas": [ { "code": "GENERAL", "name": "General" }, { "code": "2027", "name": "Other" } ] }"""))
                .containsExactly(descriptor() + ": areas[1].code: \"2027\" is not how area codes are written "
                        + "(capital letters, digits and underscores, beginning with a letter)");
    }

    @Test
    void aCopiedEditionWhoseDateWasNotChangedIsTheOneBlamedNamingTheOther() throws IOException {
        Path reference = ParaEngineTests.copyReferenceEdition(dir.resolve("reference"));
        Path copy = ParaEngineTests.copyReferenceEdition(dir.resolve("2027")); // before "reference" in folder order
        Files.writeString(copy.resolve("edition.json"), Files.readString(copy.resolve("edition.json")).replace("\"reference\"", "\"2027\""));
        Files.setLastModifiedTime(reference.resolve("edition.json"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(copy.resolve("edition.json"), FileTime.fromMillis(2_000_000_000_000L));

        assertThat(problemsOfEngine()).containsExactly(dir.resolve("2027/edition.json") + ": effectiveFrom: 2020-03-12 is also the "
                + "effectiveFrom of " + dir.resolve("reference/edition.json") + ": two editions cannot take effect on the same day");
    }

    @Test
    void ofTwoEditionsChangedAtOnceTheLaterInFolderOrderIsBlamedForBothIdAndDate() throws IOException {
        Path first = ParaEngineTests.copyReferenceEdition(dir.resolve("a"));
        Path second = ParaEngineTests.copyReferenceEdition(dir.resolve("b"));
        FileTime same = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(first.resolve("edition.json"), same);
        Files.setLastModifiedTime(second.resolve("edition.json"), same);

        assertThat(problemsOfEngine()).containsExactly(
                dir.resolve("b/edition.json") + ": id: \"reference\" is also the id of " + dir.resolve("a/edition.json")
                        + ": each edition needs an id of its own",
                dir.resolve("b/edition.json") + ": effectiveFrom: 2020-03-12 is also the effectiveFrom of "
                        + dir.resolve("a/edition.json") + ": two editions cannot take effect on the same day");
    }

    @Test
    void aFolderEditionClashingWithABundledOneIsTheOneBlamed() throws IOException {
        ParaEngineTests.copyReferenceEdition(dir.resolve("mine"));

        RuleEditionException refused = catchThrowableOfType(
                () -> ParaEngine.builder().withEditionsIn(dir).withBundledEditions().build(), RuleEditionException.class);

        assertThat(refused.problems()).extracting(Problem::path).containsOnly(dir.resolve("mine/edition.json").toString());
    }

    private String descriptor() {
        return dir.resolve("2027/edition.json").toString();
    }

    /** The problems, one line each, of an edition in {@code dir/2027} with the reference rules and this descriptor. */
    private List<String> problems(String descriptor) throws IOException {
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("2027"));
        Files.writeString(edition.resolve("edition.json"), descriptor);
        return problemsOfEngine();
    }

    private List<String> problemsOfEngine() {
        RuleEditionException refused = catchThrowableOfType(() -> ParaEngine.fromDirectory(dir), RuleEditionException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).doesNotContain("Jackson", "com.fasterxml", "REDACTED", "Exception");
        return refused.problems().stream().map(Problem::toString).toList();
    }
}
