package dev.inkwell.migrations;

import java.sql.SQLException;
import java.util.List;

import liquibase.exception.LiquibaseException;

/**
 * A parsed {@code db} command line: the command and its argument.
 *
 * @param command {@code status}, {@code update-sql}, {@code update}, {@code rollback},
 * {@code rollback-sql}, {@code tag} or {@code drift}
 * @param count how many changesets {@code rollback}/{@code rollback-sql} undo
 * @param tag the name {@code tag} gives the current version
 */
record Invocation(String command, int count, String tag) {

	static Invocation parse(List<String> words) {
		if (words.isEmpty()) {
			throw new IllegalArgumentException("Which db command?");
		}
		String command = words.get(0);
		List<String> rest = words.subList(1, words.size());
		return switch (command) {
			case "status", "update-sql", "update", "drift" -> {
				requireNone(command, rest);
				yield new Invocation(command, 0, null);
			}
			case "rollback", "rollback-sql" -> new Invocation(command, count(command, rest), null);
			case "tag" -> {
				if (rest.size() != 1 || rest.get(0).startsWith("--")) {
					throw new IllegalArgumentException("db tag needs one NAME");
				}
				yield new Invocation(command, 0, rest.get(0));
			}
			default -> throw new IllegalArgumentException("Unknown db command '" + command + "'");
		};
	}

	int run(DbCommands commands) {
		try {
			switch (this.command) {
				case "status" -> commands.status();
				case "update-sql" -> commands.updateSql();
				case "update" -> commands.update();
				case "rollback" -> commands.rollback(this.count);
				case "rollback-sql" -> commands.rollbackSql(this.count);
				case "tag" -> commands.tag(this.tag);
				case "drift" -> {
					return commands.drift() ? DbCommand.DRIFT : DbCommand.OK;
				}
				default -> throw new IllegalStateException(this.command);
			}
			return DbCommand.OK;
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static void requireNone(String command, List<String> rest) {
		if (!rest.isEmpty()) {
			throw new IllegalArgumentException("db " + command + " takes no arguments, not " + rest);
		}
	}

	private static int count(String command, List<String> rest) {
		if (rest.size() != 1 || !rest.get(0).startsWith("--count=")) {
			throw new IllegalArgumentException("db " + command + " needs --count N");
		}
		try {
			int count = Integer.parseInt(rest.get(0).substring("--count=".length()));
			if (count < 1) {
				throw new NumberFormatException();
			}
			return count;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("db " + command + " --count needs a positive whole number");
		}
	}

}
