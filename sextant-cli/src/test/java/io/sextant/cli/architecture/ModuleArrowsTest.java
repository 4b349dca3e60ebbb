package io.sextant.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module arrows of DESIGN.md section 2, checked over every module on the classpath: dependencies point one way
 * (cli -> strategies -> engine -> data, indicators -> core; examples -> engine), and no package of one module reaches into another module's {@code internal} packages.
 */
@AnalyzeClasses(packages = "io.sextant", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {

    @ArchTest
    static final ArchRule coreDependsOnNoModule = noClasses().that().resideInAPackage("io.sextant.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.data..", "io.sextant.indicators..",
                    "io.sextant.engine..", "io.sextant.strategies..", "io.sextant.examples..", "io.sextant.cli..",
                    "io.sextant.bench..");

    @ArchTest
    static final ArchRule dataDependsOnlyOnCore = noClasses().that().resideInAPackage("io.sextant.data..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.indicators..", "io.sextant.engine..",
                    "io.sextant.strategies..", "io.sextant.examples..", "io.sextant.cli..", "io.sextant.bench..");

    @ArchTest
    static final ArchRule indicatorsDependOnlyOnCore = noClasses().that().resideInAPackage("io.sextant.indicators..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.data..", "io.sextant.engine..",
                    "io.sextant.strategies..", "io.sextant.examples..", "io.sextant.cli..");

    @ArchTest
    static final ArchRule engineDependsOnNoStrategyOrFrontEnd = noClasses().that().resideInAPackage("io.sextant.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.strategies..", "io.sextant.examples..",
                    "io.sextant.cli..", "io.sextant.bench..");

    @ArchTest
    static final ArchRule strategiesDependOnTheEngineNotTheFrontEnds = noClasses().that()
            .resideInAPackage("io.sextant.strategies..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.examples..", "io.sextant.cli..",
                    "io.sextant.bench..");

    /** The example is what a user writes: it uses the public engine API only, never built-ins or the CLI. */
    @ArchTest
    static final ArchRule examplesUseOnlyThePublicEngine = noClasses().that().resideInAPackage("io.sextant.examples..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.strategies..", "io.sextant.cli..",
                    "io.sextant.bench..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCli = noClasses().that().resideOutsideOfPackage("io.sextant.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.sextant.cli..");

    @ArchTest
    static final ArchRule modulesDoNotCycle = SlicesRuleDefinition.slices().matching("io.sextant.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalsStayInTheirModule = noClasses().that().resideOutsideOfPackage("io.sextant.data..")
            .should().dependOnClassesThat().resideInAPackage("io.sextant.data..internal..")
            .allowEmptyShould(true);
}
