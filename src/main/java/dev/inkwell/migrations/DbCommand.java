package dev.inkwell.migrations;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.inkwell.database.EmbeddedDatabaseConfiguration;
import dev.inkwell.database.EmbeddedPostgresProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar inkwell.jar db <command>}: a migration command against the configured
 * database (the same {@code DATABASE_URL}/{@code SPRING_DATASOURCE_*} settings, the
 * embedded default when none), in a small Spring context with only the data source: no
 * web server, no migrations at start. Exit status 0 when done, 1 when it failed, 2 for a
 * bad command line, 3 when drift was found.
 */
public final class DbCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int DRIFT = 3;

	static final String USAGE_TEXT = """
			Usage: java -jar inkwell.jar db <command> [--spring.datasource.url=…] [--DATABASE_URL=…]
			  status                 which changesets are applied, pending, unknown or edited
			  update-sql             print the SQL that 'update' would run (nothing is changed)
			  update                 apply the pending changesets
			  rollback --count N     undo the last N applied changesets
			  rollback-sql --count N print the SQL that 'rollback --count N' would run
			  tag NAME               tag the database's current version
			  drift                  compare the live schema with the one the changelog builds (exit 3 on drift)""";

	private DbCommand() {
	}

	/** Whether the command line asks for a {@code db} command rather than the server. */
	public static boolean isDbCommand(String[] args) {
		return args.length > 0 && "db".equals(args[0]);
	}

	/**
	 * Runs the command for {@code main}: results on standard output, logs and Liquibase's
	 * progress lines on standard error, so {@code db update-sql > pending.sql} is SQL and
	 * nothing else.
	 */
	public static int runFromCommandLine(String[] args) {
		PrintStream stdout = System.out;
		System.setOut(System.err);
		try {
			return run(args, stdout);
		}
		finally {
			stdout.flush();
			System.setOut(stdout);
		}
	}

	/** Runs the command and returns the exit status. */
	public static int run(String[] args, PrintStream out) {
		List<String> springArgs = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--count") && i + 1 < args.length) {
				words.add("--count=" + args[++i]);
			}
			else if (args[i].startsWith("--count=") || !args[i].startsWith("--")) {
				words.add(args[i]);
			}
			else {
				springArgs.add(args[i]);
			}
		}
		Invocation invocation;
		try {
			invocation = Invocation.parse(words);
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(USAGE_TEXT);
			return USAGE;
		}
		try (ConfigurableApplicationContext context = start(springArgs)) {
			return invocation.run(new DbCommands(context.getBean(DataSource.class), out));
		}
		catch (RuntimeException | Error ex) {
			out.println("db " + invocation.command() + " failed: " + rootMessage(ex));
			return FAILED;
		}
	}

	private static ConfigurableApplicationContext start(List<String> springArgs) {
		SpringApplication application = new SpringApplication(CommandContext.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		// SQL output mode makes Liquibase warn that it could not release a lock it never
		// took.
		application
			.setDefaultProperties(Map.of("logging.level.root", "warn", "logging.level.liquibase.lockservice", "error"));
		return application.run(springArgs.toArray(String[]::new));
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + cause.getMessage() + ")";
	}

	/**
	 * Only what a command needs: the data source, or the embedded default. Not a
	 * {@code @Configuration}, so the server's component scan and the tests' search for a
	 * boot configuration pass it by; {@code @Import} is enough for Spring to process it
	 * as the command's source.
	 */
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	@Import(EmbeddedDatabaseConfiguration.class)
	@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
	static class CommandContext {

	}

}
