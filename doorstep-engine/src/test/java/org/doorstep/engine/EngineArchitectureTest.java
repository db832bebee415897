package org.doorstep.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's shape: no cycles between its packages, no framework, nothing reaching into another's internals. */
class EngineArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.doorstep.engine");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.doorstep.engine.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void noInternalPackageIsUsedFromOutside() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..internal..")
                .allowEmptyShould(true)
                .check(engine);
    }

    @Test
    void engineUsesNoSpringOrSpark() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.spark..")
                .check(engine);
    }
}
