package org.mla.para.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering the README promises, checked on the compiled classes. */
class ArchitectureTests {

    private static final JavaClasses PARA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mla.para");

    @Test
    void publicTypesDoNotExposeInternalOnes() {
        classes().that().resideOutsideOfPackage("..internal..").and().arePublic()
                .should(notExposeInternalTypes())
                .check(PARA);
    }

    @Test
    void theModelKnowsNothingOfDroolsOrJsonOrTheEngine() {
        noClasses().that().resideInAPackage("org.mla.para.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "com.fasterxml..",
                        "org.mla.para.engine..")
                .check(PARA);
    }

    @Test
    void theEngineApiDependsOnNoDroolsTypeOutsideInternal() {
        noClasses().that().resideInAPackage("org.mla.para.engine").should().dependOnClassesThat()
                .resideInAnyPackage("org.drools..", "org.kie..", "com.fasterxml..", "org.hibernate..")
                .check(PARA);
    }

    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose types of internal packages") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> exposed = new ArrayList<>();
                type.getRawSuperclass().filter(ArchitectureTests::internal).ifPresent(s -> exposed.add("extends " + s.getName()));
                type.getRawInterfaces().stream().filter(ArchitectureTests::internal).forEach(i -> exposed.add("implements " + i.getName()));
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers()) && internal(field.getRawType())) {
                        exposed.add("field " + field.getName());
                    }
                }
                for (JavaCodeUnit code : type.getCodeUnits()) {
                    if (!visible(code.getModifiers())) {
                        continue;
                    }
                    if (internal(code.getRawReturnType())) {
                        exposed.add(code.getName() + " returns " + code.getRawReturnType().getName());
                    }
                    code.getRawParameterTypes().stream().filter(ArchitectureTests::internal)
                            .forEach(p -> exposed.add(code.getName() + " takes " + p.getName()));
                }
                exposed.forEach(what -> events.add(SimpleConditionEvent.violated(type, type.getName() + " " + what)));
            }
        };
    }

    private static boolean visible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean internal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }
}
