package io.sextant.data.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md section 2: sextant-data depends on core (and its libraries), never on modules above it. */
@AnalyzeClasses(packages = "io.sextant", importOptions = ImportOption.DoNotIncludeTests.class)
class DataArchitectureTest {

    @ArchTest
    static final ArchRule dataUsesOnlyItsLibraries = classes().that().resideInAPackage("io.sextant.data..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.sextant.data..", "io.sextant.core..", "java..",
                    "com.fasterxml.jackson..")
            .because("the data module's dependencies are core, Jackson and (through JDBC, by name only) DuckDB");

    @ArchTest
    static final ArchRule pureAnalysisDoesNoIo = noClasses().that().resideInAnyPackage("io.sextant.data.calendar..",
                    "io.sextant.data.resample..", "io.sextant.data.validate..", "io.sextant.data.series..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..", "java.sql..")
            .because("calendars, resampling, validation rules and in-memory series are pure (DESIGN.md section 3.8)");
}
