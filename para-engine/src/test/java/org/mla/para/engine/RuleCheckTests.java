package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the rule check refuses, each with the file, line and column a maintainer needs. */
class RuleCheckTests {

    @TempDir
    Path dir;

    private Path edition() throws IOException {
        return ParaEngineTests.copyReferenceEdition(dir.resolve("edited"));
    }

    private List<String> problemsAfterAppending(String drl) throws IOException {
        Path edition = edition();
        Files.writeString(edition.resolve("extra.drl"), drl);
        RuleEditionException e = catchThrowableOfType(RuleEditionException.class, () -> ParaEngine.fromDirectory(dir));
        assertThat(e).as("the edition should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private String extra() {
        return dir.resolve("edited").resolve("extra.drl").toString();
    }

    @Test
    void theBundledEditionPassesTheCheck() throws IOException {
        edition();
        assertThat(ParaEngine.fromDirectory(dir).editions()).hasSize(1);
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws IOException {
        assertThat(problemsAfterAppending("""
                package org.mla.para.rules.reference;

                rule "Broken"
                    @id("BROKEN")
                when
                    this is wrong
                then
                end
                """)).containsExactly(extra() + ":6:10: rule \"Broken\" (BROKEN): mismatched input 'is'");
    }

    @Test
    void aRuleWithoutAnIdIsRefused() throws IOException {
        assertThat(problemsAfterAppending("""
                package org.mla.para.rules.reference;
                import org.mla.para.model.scoring.Tally;

                rule "Nameless"
                when
                    Tally()
                then
                end
                """)).containsExactly(extra() + ":4:1: rule \"Nameless\" has no @id(\"...\"): every rule needs a stable id, "
                + "the name assessments and maintainers know it by");
    }

    @Test
    void anIdUsedTwiceIsRefused() throws IOException {
        assertThat(problemsAfterAppending("""
                package org.mla.para.rules.reference;
                import org.mla.para.model.scoring.Tally;

                rule "Another award rule"
                    @id("PA-AWARD")
                when
                    Tally()
                then
                end
                """)).singleElement().asString()
                .contains("@id(\"PA-AWARD\") of rule \"Another award rule\" is already the id of ")
                .contains("activities.drl:");
    }

    @Test
    void anAreaTheDescriptorDoesNotDefineIsRefused() throws IOException {
        assertThat(problemsAfterAppending("""
                package org.mla.para.rules.reference;
                import org.mla.para.model.SingleArea;

                rule "Cataloging counts double"
                    @id("CATALOGING-DOUBLE")
                when
                    SingleArea( area == "CATALOGING" )
                then
                end
                """)).containsExactly(extra() + ":7:25: rule \"Cataloging counts double\" (CATALOGING-DOUBLE): unknown area "
                + "\"CATALOGING\": edition.json defines "
                + "PUBLIC_SERVICES, REFERENCE, TECHNICAL_SERVICES, TECHNOLOGY, ADMINISTRATION, YOUTH_SERVICES, GENERAL");
    }

    @Test
    void importsOutsideTheModelAndSafeJdkPackagesAreRefused() throws IOException {
        assertThat(problemsAfterAppending("""
                package org.mla.para.rules.reference;
                import java.io.File;
                import java.util.List;
                import java.lang.reflect.Method;
                import org.mla.para.model.scoring.Tally;

                rule "Leaky"
                    @id("LEAKY")
                when
                    Tally()
                then
                    System.exit(1);
                    java.net.URI uri = null;
                end
                """)).extracting(p -> p.substring(extra().length() + 1)).satisfiesExactly(
                        p -> assertThat(p).startsWith("2:8: \"java.io.File\" is not allowed in rule files"),
                        p -> assertThat(p).startsWith("4:8: \"java.lang.reflect.Method\" is not allowed in rule files"),
                        p -> assertThat(p).startsWith("12:5: rule \"Leaky\" (LEAKY): \"System\" is not allowed in rule files"),
                        p -> assertThat(p).startsWith("13:5: rule \"Leaky\" (LEAKY): \"java.net.URI\" is not allowed in rule files"));
    }

    @Test
    void commentsAndStringsAreNotMistakenForCode() throws IOException {
        Path edition = edition();
        Files.writeString(edition.resolve("extra.drl"), """
                package org.mla.para.rules.reference;
                // System.exit would be refused here, java.io too; not in a comment.
                import org.mla.para.model.scoring.Tally;

                rule "Harmless"
                    @id("HARMLESS")
                when
                    Tally()
                then
                    String note = "System and java.io.File in a string";
                end
                """);

        assertThat(ParaEngine.fromDirectory(dir).ruleIds().get("reference")).contains("HARMLESS");
    }
}
