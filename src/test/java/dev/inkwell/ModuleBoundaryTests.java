package dev.inkwell;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the style guide: features depend one way (comment → post → author), the
 * shared packages serve every feature and import none, and no packages form a cycle.
 */
@AnalyzeClasses(packages = "dev.inkwell", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTests {

	@ArchTest
	static final ArchRule packagesFormNoCycles = slices().matching("dev.inkwell.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule authorsKnowNothingOfWhatTheyWrite = noClasses().that()
		.resideInAPackage("dev.inkwell.author..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.inkwell.post..", "dev.inkwell.comment..");

	@ArchTest
	static final ArchRule postsKnowNothingOfComments = noClasses().that()
		.resideInAPackage("dev.inkwell.post..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.inkwell.comment..");

	@ArchTest
	static final ArchRule sharedPackagesImportNoFeature = noClasses().that()
		.resideInAnyPackage("dev.inkwell.graphql..", "dev.inkwell.database..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.inkwell.author..", "dev.inkwell.post..", "dev.inkwell.comment..", "dev.inkwell.demo..");

}
