package io.sextant.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** DESIGN.md section 2: sextant-core depends on nothing but the JDK. */
@AnalyzeClasses(packages = "io.sextant.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = classes().that().resideInAPackage("io.sextant.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.sextant.core..", "java..")
            .because("the core model must stay free of libraries so every module can use it");
}
