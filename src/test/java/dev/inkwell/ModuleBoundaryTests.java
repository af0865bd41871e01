package dev.inkwell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of the style guide as one table: every package of dev.inkwell has a
 * row saying which features it may depend on, or that it is shared (serves every feature
 * and imports none). Every package may use the shared ones, and no packages form a cycle.
 * A new package is one row; a class in a package without a row fails.
 */
@AnalyzeClasses(packages = "dev.inkwell", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTests {

	/**
	 * A feature depends one way (live → comment → post → author; account, follow →
	 * author; feed → post, follow; tag → post; post, follow and the rest may use
	 * account's Viewer and Permissions).
	 */
	private static final String TABLE = """
			author      no feature
			account     author
			follow      author, account
			post        author, account
			comment     post, author, account
			tag         post, author, account
			feed        post, follow, author, account
			live        comment, post, author, account
			seed        no feature
			relay       shared
			projection  shared
			errors      shared
			limits      shared
			graphql     shared
			transport   shared
			documents   shared
			explorer    shared
			database    shared
			replicas    shared
			migrations  shared
			config      shared
			overrides   shared
			mail        shared
			""";

	private static final String SHARED = "shared";

	private static final String NO_FEATURE = "no feature";

	/** Each package, and the features it may depend on (null when it is shared). */
	private static final Map<String, List<String>> ROWS = rows(TABLE);

	@ArchTest
	static final ArchRule packagesFormNoCycles = slices().matching("dev.inkwell.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule everyPackageHasARow = classes().should()
		.resideInAnyPackage(
				Stream.concat(Stream.of("dev.inkwell"), ROWS.keySet().stream().map(ModuleBoundaryTests::inside))
					.toArray(String[]::new))
		.as("every class resides in dev.inkwell or in a package with a row in ModuleBoundaryTests' table");

	/** Each row's rule, reported alone when it is broken. */
	@ArchTest
	static void packagesDependOnlyAsTheTableSays(JavaClasses classes) {
		List<String> broken = rowRules().stream()
			.map(rule -> rule.evaluate(classes))
			.filter(EvaluationResult::hasViolation)
			.map(result -> result.getFailureReport().toString())
			.toList();
		assertThat(broken).as("rows of ModuleBoundaryTests' table that the code breaks").isEmpty();
	}

	/** The feed reads posts through follows: it needs both, and nothing needs it. */
	@ArchTest
	static final ArchRule theFeedDependsOnPostsAndFollows = classes().that()
		.haveSimpleName("FeedController")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(inside("post"))
		.andShould()
		.dependOnClassesThat()
		.resideInAPackage(inside("follow"));

	private static Map<String, List<String>> rows(String table) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		table.lines().forEach(line -> {
			String[] cells = line.strip().split("\\s+", 2);
			String allowed = cells[1].strip();
			rows.put(cells[0], switch (allowed) {
				case SHARED -> null;
				case NO_FEATURE -> List.of();
				default -> Arrays.stream(allowed.split(",")).map(String::strip).toList();
			});
		});
		return rows;
	}

	/** One rule a row: a feature imports no feature it does not name, shared none. */
	private static List<ArchRule> rowRules() {
		List<String> features = ROWS.keySet().stream().filter(name -> ROWS.get(name) != null).toList();
		List<ArchRule> rules = new ArrayList<>();
		ROWS.forEach((name, allowed) -> {
			List<String> forbidden = features.stream()
				.filter(feature -> !feature.equals(name) && (allowed == null || !allowed.contains(feature)))
				.toList();
			String says = (allowed == null) ? "is shared: may depend on no feature"
					: "may depend on no feature" + (allowed.isEmpty() ? "" : " but " + String.join(", ", allowed));
			rules.add(noClasses().that()
				.resideInAPackage(inside(name))
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(forbidden.stream().map(ModuleBoundaryTests::inside).toArray(String[]::new))
				.as(name + " " + says));
		});
		return rules;
	}

	private static String inside(String name) {
		return "dev.inkwell." + name + "..";
	}

}
