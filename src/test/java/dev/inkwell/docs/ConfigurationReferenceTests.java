package dev.inkwell.docs;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.inkwell.config.EnvironmentVariableAliases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/guide/configuration.md is the reference of every setting, and must agree with what
 * the build knows: the configuration metadata (keys, defaults, descriptions) generated
 * from the records, the alias table, and application.properties. A failure names the row
 * to add or fix.
 */
class ConfigurationReferenceTests {

	private static final Path PAGE = Path.of("docs/guide/configuration.md");

	private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

	/** Wiring in application.properties that is not a setting an operator changes. */
	private static final List<String> NOT_SETTINGS = List.of("logging.", "spring.application.name",
			"spring.liquibase.change-log", "management.endpoint.health.group.");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	@Test
	void shouldListEveryKeyOfTheMetadataWithItsDefaultEnvironmentVariableAndAliases() throws IOException {
		Map<String, Key> metadata = metadata();
		List<Row> rows = rows();
		List<String> problems = new ArrayList<>();
		Map<String, Row> byKey = new LinkedHashMap<>();
		for (Row row : rows) {
			if (row.key() != null && byKey.putIfAbsent(row.key(), row) != null) {
				problems.add(row + ": remove this second row of `%s`".formatted(row.key()));
			}
		}
		metadata.forEach((name, key) -> {
			if (!byKey.containsKey(name)) {
				problems.add("add under \"## `%s`\" the row: | `%s` | %s | %s | %s |".formatted(group(name), name,
						variables(name), key.defaultValue() == null ? "—" : "`" + key.defaultValue() + "`",
						key.description()));
			}
		});
		for (Row row : byKey.values()) {
			String name = row.key();
			if (name.startsWith("inkwell.")) {
				Key key = metadata.get(name);
				if (key == null) {
					problems.add(row + ": remove it, or add `%s` to a @ConfigurationProperties record: the metadata "
						.formatted(name) + "has no such key");
					continue;
				}
				if (!group(name).equals(row.section())) {
					problems.add(row + ": move it under \"## `%s`\"".formatted(group(name)));
				}
				if (!Objects.equals(key.defaultValue(), row.value())) {
					problems.add(row + ": make the default %s, as the record says"
						.formatted(key.defaultValue() == null ? "— (none)" : "`" + key.defaultValue() + "`"));
				}
			}
			if (!row.variables().equals(expectedVariables(name))) {
				problems.add(row + ": make the environment variables " + variables(name));
			}
		}
		EnvironmentVariableAliases.ALIASES.forEach((alias, name) -> {
			if (!byKey.containsKey(name) && !metadata.containsKey(name)) {
				problems
					.add("add under \"## Spring settings\" a row for `%s` with its alias `%s`".formatted(name, alias));
			}
		});
		assertThat(problems).as("%s disagrees with the build; fix the page (or the record, or the alias table)", PAGE)
			.isEmpty();
	}

	@Test
	void shouldShowTheValueApplicationPropertiesSetsForEverySpringKey() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
			properties.load(reader);
		}
		Map<String, Row> byKey = new LinkedHashMap<>();
		rows().stream().filter(row -> row.key() != null).forEach(row -> byKey.put(row.key(), row));
		List<String> problems = new ArrayList<>();
		for (String name : properties.stringPropertyNames()) {
			if (NOT_SETTINGS.stream().anyMatch(name::startsWith)) {
				continue;
			}
			String value = properties.getProperty(name);
			Row row = byKey.get(name);
			if (row == null) {
				problems.add("add under \"## Spring settings\" the row: | `%s` | %s | `%s` | <what it does> |"
					.formatted(name, variables(name), value));
			}
			else if (!value.equals(row.value())) {
				problems.add(row + ": make the value `%s`, as application.properties sets it".formatted(value));
			}
		}
		assertThat(problems).as("%s disagrees with %s", PAGE, PROPERTIES).isEmpty();
	}

	/** The relaxed name first, then the aliases of the table, as the page writes them. */
	private static String variables(String name) {
		List<String> variables = expectedVariables(name);
		StringBuilder cell = new StringBuilder("`" + variables.get(0) + "`");
		variables.stream().skip(1).forEach(alias -> cell.append(", alias `").append(alias).append('`'));
		return cell.toString();
	}

	private static List<String> expectedVariables(String name) {
		List<String> variables = new ArrayList<>();
		variables.add(name.replace('.', '_').replace("-", "").toUpperCase());
		EnvironmentVariableAliases.ALIASES.forEach((alias, key) -> {
			if (key.equals(name)) {
				variables.add(alias);
			}
		});
		return variables;
	}

	private static String group(String name) {
		return name.substring(0, name.lastIndexOf('.'));
	}

	private static Map<String, Key> metadata() throws IOException {
		assertThat(METADATA)
			.as("%s is missing: run ./mvnw compile (spring-boot-configuration-processor writes it)", METADATA)
			.exists();
		JsonNode root = JsonMapper.builder().build().readTree(METADATA.toFile());
		Map<String, Key> keys = new LinkedHashMap<>();
		for (JsonNode property : root.path("properties")) {
			String name = property.path("name").asString();
			if (name.startsWith("inkwell.")) {
				JsonNode defaultValue = property.path("defaultValue");
				String value = defaultValue.isMissingNode() || defaultValue.isNull() ? null : defaultValue.asString();
				keys.put(name, new Key(value == null || value.isEmpty() ? null : value,
						property.path("description").asString("<what it does>")));
			}
		}
		assertThat(keys).as("%s holds no inkwell.* key", METADATA).isNotEmpty();
		return keys;
	}

	/**
	 * Every table row of the page whose first cell is a key or a dash, with its section.
	 */
	private static List<Row> rows() throws IOException {
		List<String> lines = Files.readAllLines(PAGE);
		List<Row> rows = new ArrayList<>();
		String section = "";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.startsWith("## ")) {
				Matcher code = CODE.matcher(line);
				section = code.find() ? code.group(1) : line.substring(3);
			}
			if (!line.startsWith("| ") || line.startsWith("| Key ") || line.startsWith("| ---")) {
				continue;
			}
			String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
			assertThat(cells)
				.as("%s line %d: a row has four cells: key, environment variable, default, meaning", PAGE, i + 1)
				.hasSize(4);
			List<String> variables = new ArrayList<>();
			Matcher code = CODE.matcher(cells[1]);
			while (code.find()) {
				variables.add(code.group(1));
			}
			rows.add(new Row(i + 1, section, unquoted(cells[0]), variables, unquoted(cells[2])));
		}
		return rows;
	}

	/** `x` is x; a dash (no key, no default) is null. */
	private static String unquoted(String cell) {
		String text = cell.trim();
		return text.startsWith("`") && text.endsWith("`") ? text.substring(1, text.length() - 1) : null;
	}

	private record Key(String defaultValue, String description) {
	}

	private record Row(int line, String section, String key, List<String> variables, String value) {

		@Override
		public String toString() {
			return "%s line %d (`%s`)".formatted(PAGE, line, key);
		}

	}

}
