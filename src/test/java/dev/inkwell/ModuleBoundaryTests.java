package dev.inkwell;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the style guide: features depend one way (live → comment → post →
 * author; account, follow → author; feed → post, follow; tag → post; post and follow may
 * use account's Viewer and Permissions), the shared packages serve every feature and
 * import none, and no packages form a cycle.
 */
@AnalyzeClasses(packages = "dev.inkwell", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTests {

	private static final String AUTHOR = "dev.inkwell.author..";

	private static final String ACCOUNT = "dev.inkwell.account..";

	private static final String FOLLOW = "dev.inkwell.follow..";

	private static final String POST = "dev.inkwell.post..";

	private static final String COMMENT = "dev.inkwell.comment..";

	private static final String FEED = "dev.inkwell.feed..";

	private static final String TAG = "dev.inkwell.tag..";

	private static final String LIVE = "dev.inkwell.live..";

	@ArchTest
	static final ArchRule packagesFormNoCycles = slices().matching("dev.inkwell.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule authorsKnowNothingOfWhatTheyDo = noClasses().that()
		.resideInAPackage(AUTHOR)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ACCOUNT, FOLLOW, POST, COMMENT, FEED, TAG, LIVE);

	@ArchTest
	static final ArchRule accountsKnowNothingOfWriting = noClasses().that()
		.resideInAPackage(ACCOUNT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FOLLOW, POST, COMMENT, FEED, TAG, LIVE);

	@ArchTest
	static final ArchRule followsKnowNothingOfWriting = noClasses().that()
		.resideInAPackage(FOLLOW)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(POST, COMMENT, FEED, TAG, LIVE);

	@ArchTest
	static final ArchRule postsKnowNothingOfCommentsOrFollows = noClasses().that()
		.resideInAPackage(POST)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMENT, FOLLOW, FEED, TAG, LIVE);

	/** The feed reads posts through follows: it needs both, and nothing needs it. */
	@ArchTest
	static final ArchRule theFeedReadsPostsThroughFollows = noClasses().that()
		.resideInAPackage(FEED)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMENT, TAG, LIVE);

	@ArchTest
	static final ArchRule theFeedDependsOnPostsAndFollows = classes().that()
		.haveSimpleName("FeedController")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(POST)
		.andShould()
		.dependOnClassesThat()
		.resideInAPackage(FOLLOW);

	@ArchTest
	static final ArchRule commentsKnowNothingOfFollowsFeedOrTags = noClasses().that()
		.resideInAPackage(COMMENT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FOLLOW, FEED, TAG, LIVE);

	/**
	 * Tags hang from posts: post_tag's keys live in tag/, and no other feature needs
	 * tags.
	 */
	@ArchTest
	static final ArchRule tagsKnowOnlyPostsAndAccounts = noClasses().that()
		.resideInAPackage(TAG)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMENT, FOLLOW, FEED, LIVE);

	@ArchTest
	static final ArchRule sharedPackagesImportNoFeature = noClasses().that()
		.resideInAnyPackage("dev.inkwell.graphql..", "dev.inkwell.relay..", "dev.inkwell.errors..",
				"dev.inkwell.limits..", "dev.inkwell.database..", "dev.inkwell.explorer..", "dev.inkwell.migrations..",
				"dev.inkwell.transport..", "dev.inkwell.documents..", "dev.inkwell.config..", "dev.inkwell.overrides..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(AUTHOR, ACCOUNT, FOLLOW, POST, COMMENT, FEED, TAG, LIVE, "dev.inkwell.seed..");

}
