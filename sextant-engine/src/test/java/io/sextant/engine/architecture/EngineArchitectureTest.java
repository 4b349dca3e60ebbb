package io.sextant.engine.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md sections 2 and 3: the engine's arrows, and no wall clock inside it. */
@AnalyzeClasses(packages = "io.sextant.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesOnlyLowerModules = classes().that().resideInAPackage("io.sextant.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.sextant.engine..", "io.sextant.core..",
                    "io.sextant.data..", "io.sextant.indicators..", "java..", "com.fasterxml.jackson..")
            .because("the engine depends on core, data, indicators and Jackson only");

    @ArchTest
    static final ArchRule noWallClock = noClasses().that().resideInAPackage("io.sextant.engine..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.Instant.class, "now")
            .because("time is injected: nothing in the engine reads the wall clock (DESIGN.md section 3.3)");

    @ArchTest
    static final ArchRule strategiesSeeOnlyTheApi = noClasses().that().resideInAPackage("io.sextant.engine.strategy..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.engine.venue..", "io.sextant.engine.backtest..",
                    "io.sextant.engine.kernel..")
            .because("a strategy cannot tell whether it runs in a backtest, on paper or live");
}
