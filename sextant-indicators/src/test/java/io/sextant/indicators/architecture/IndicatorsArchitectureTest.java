package io.sextant.indicators.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** DESIGN.md section 3.8: indicators are pure state machines on doubles with no I/O. */
@AnalyzeClasses(packages = "io.sextant.indicators", importOptions = ImportOption.DoNotIncludeTests.class)
class IndicatorsArchitectureTest {

    @ArchTest
    static final ArchRule pure = classes().that().resideInAPackage("io.sextant.indicators..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.sextant.indicators..", "io.sextant.core..",
                    "java.lang..", "java.util..")
            .because("indicators use primitives and nothing else: no I/O, no logging, no engine");
}
