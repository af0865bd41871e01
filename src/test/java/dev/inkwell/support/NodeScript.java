package dev.inkwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node scripts of {@code graphiql/test/} (the build installed their npm
 * packages) and answers its exit status and output, for tests of what JavaScript clients
 * see.
 */
public final class NodeScript {

	private static final Path GRAPHIQL = Path.of("graphiql");

	private NodeScript() {
	}

	/**
	 * The script's exit status (-1 when it ran past {@code timeoutSeconds}) and its
	 * output.
	 */
	public record Result(int exitStatus, String output) {
	}

	public static Result run(long timeoutSeconds, String script, String... arguments) {
		List<String> command = new ArrayList<>(List.of("node", "test/" + script));
		command.addAll(List.of(arguments));
		try {
			Path log = Files.createTempFile("inkwell-node-", ".log");
			Process process = new ProcessBuilder(command).directory(GRAPHIQL.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
			if (!finished) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.deleteIfExists(log);
			return new Result(finished ? process.exitValue() : -1, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
