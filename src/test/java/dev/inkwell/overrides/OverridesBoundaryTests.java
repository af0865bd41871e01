package dev.inkwell.overrides;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The overrides stay removable: no other package depends on them, so taking one out (with
 * its bean) gives Spring's default path back without touching a feature.
 */
@AnalyzeClasses(packages = "dev.inkwell", importOptions = ImportOption.DoNotIncludeTests.class)
class OverridesBoundaryTests {

	@ArchTest
	static final ArchRule nothingOutsideDependsOnTheOverrides = noClasses().that()
		.resideOutsideOfPackage("dev.inkwell.overrides..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.inkwell.overrides..");

}
