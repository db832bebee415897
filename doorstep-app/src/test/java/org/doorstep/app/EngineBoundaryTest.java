package org.doorstep.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Only {@code planning} runs the engine (decision 0004); the other modules may use its service category codes, the
 * one engine type shared with the app, and nothing else of it.
 */
class EngineBoundaryTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.doorstep.app");

    @Test
    void onlyPlanningCallsTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.doorstep.app.planning..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.doorstep.engine..")
                        .and(not(resideInAPackage("org.doorstep.engine.category.."))))
                .check(app);
    }
}
