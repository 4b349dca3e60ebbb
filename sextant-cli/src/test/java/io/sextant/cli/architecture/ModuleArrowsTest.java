package io.sextant.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module arrows of DESIGN.md section 2, checked over every module on the classpath: dependencies point one way
 * (cli -> data -> core), and no package of one module reaches into another module's {@code internal} packages.
 */
@AnalyzeClasses(packages = "io.sextant", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {

    @ArchTest
    static final ArchRule coreDependsOnNoModule = noClasses().that().resideInAPackage("io.sextant.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.data..", "io.sextant.cli..", "io.sextant.bench..");

    @ArchTest
    static final ArchRule dataDependsOnlyOnCore = noClasses().that().resideInAPackage("io.sextant.data..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.cli..", "io.sextant.bench..");

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
