package dev.inkwell;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the style guide: features depend one way (live → comment → post → author;
 * account, follow → author; post and follow may use account's Viewer and Permissions), the shared
 * packages serve every feature and import none, and no packages form a cycle.
 */
@AnalyzeClasses(packages = "dev.inkwell", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTests {

	private static final String AUTHOR = "dev.inkwell.author..";

	private static final String ACCOUNT = "dev.inkwell.account..";

	private static final String FOLLOW = "dev.inkwell.follow..";

	private static final String POST = "dev.inkwell.post..";

	private static final String COMMENT = "dev.inkwell.comment..";

	private static final String LIVE = "dev.inkwell.live..";

	@ArchTest
	static final ArchRule packagesFormNoCycles = slices().matching("dev.inkwell.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule authorsKnowNothingOfWhatTheyDo = noClasses().that()
		.resideInAPackage(AUTHOR)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ACCOUNT, FOLLOW, POST, COMMENT, LIVE);

	@ArchTest
	static final ArchRule accountsKnowNothingOfWriting = noClasses().that()
		.resideInAPackage(ACCOUNT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FOLLOW, POST, COMMENT, LIVE);

	@ArchTest
	static final ArchRule followsKnowNothingOfWriting = noClasses().that()
		.resideInAPackage(FOLLOW)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(POST, COMMENT, LIVE);

	@ArchTest
	static final ArchRule postsKnowNothingOfCommentsOrFollows = noClasses().that()
		.resideInAPackage(POST)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMENT, FOLLOW, LIVE);

	/** Live updates read what comments and posts are; comments and posts never know they are watched. */
	@ArchTest
	static final ArchRule commentsKnowNothingOfLiveUpdates = noClasses().that()
		.resideInAPackage(COMMENT)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(LIVE);

	@ArchTest
	static final ArchRule sharedPackagesImportNoFeature = noClasses().that()
		.resideInAnyPackage("dev.inkwell.graphql..", "dev.inkwell.relay..", "dev.inkwell.errors..", "dev.inkwell.limits..",
				"dev.inkwell.database..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(AUTHOR, ACCOUNT, FOLLOW, POST, COMMENT, LIVE, "dev.inkwell.demo..", "dev.inkwell.seed..");

}
