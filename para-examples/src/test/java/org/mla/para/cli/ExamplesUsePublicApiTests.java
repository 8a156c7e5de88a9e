package org.mla.para.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples embed PARA as any outside application would: through its public API only. */
class ExamplesUsePublicApiTests {

    @Test
    void theCommandUsesNoInternalPackageNorDrools() {
        noClasses().that().resideInAPackage("org.mla.para.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.drools..", "org.kie..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.mla.para.cli"));
    }
}
