package dev.inkwell;

import dev.inkwell.migrations.DbCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Inkwell: a Postgres-first GraphQL server for a blog.
 * <p>
 * Repository methods run without an implicit transaction: each read is one statement in
 * autocommit, not BEGIN READ ONLY, SELECT, COMMIT (three round trips). Every write goes
 * through a {@code @Transactional} service (ADR 010).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableJdbcRepositories(enableDefaultTransactions = false)
public class InkwellApplication {

	public static void main(String[] args) {
		// "db status", "db update", …: a migration command, not the server
		// (docs/guide/migrations.md).
		if (DbCommand.isDbCommand(args)) {
			System.exit(DbCommand.runFromCommandLine(args));
		}
		SpringApplication.run(InkwellApplication.class, args);
	}

}
