package dev.inkwell.migrations;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The defaults of inkwell.migrations.mode: apply where Inkwell owns the database,
 * validate elsewhere.
 */
class MigrationsModeTests {

	@Test
	void shouldApplyOnTheEmbeddedDefault() {
		assertThat(MigrationsMode.of(new MockEnvironment())).isEqualTo(MigrationsMode.APPLY);
	}

	@Test
	void shouldValidateOnAnExternalDatabaseNamedEitherWay() {
		assertThat(MigrationsMode
			.of(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")))
			.isEqualTo(MigrationsMode.VALIDATE);
		assertThat(MigrationsMode.of(new MockEnvironment().withProperty("DATABASE_URL", "postgres://u@db/x")))
			.isEqualTo(MigrationsMode.VALIDATE);
	}

	@Test
	void shouldApplyWithTheDemoProfileAndForTheSeedCommandEvenOnAnExternalDatabase() {
		MockEnvironment demo = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
		demo.setActiveProfiles("demo");
		MockEnvironment seed = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("inkwell.seed.scale", "1");

		assertThat(MigrationsMode.of(demo)).isEqualTo(MigrationsMode.APPLY);
		assertThat(MigrationsMode.of(seed)).isEqualTo(MigrationsMode.APPLY);
	}

	@Test
	void shouldValidateInProdEvenOnTheEmbeddedDatabase() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");

		assertThat(MigrationsMode.of(prod)).isEqualTo(MigrationsMode.VALIDATE);
	}

	@Test
	void shouldTakeTheConfiguredModeOverEveryDefault() {
		MockEnvironment prod = new MockEnvironment().withProperty("inkwell.migrations.mode", "Apply");
		prod.setActiveProfiles("prod");

		assertThat(MigrationsMode.of(prod)).isEqualTo(MigrationsMode.APPLY);
		assertThat(MigrationsMode.of(new MockEnvironment().withProperty("inkwell.migrations.mode", "validate")))
			.isEqualTo(MigrationsMode.VALIDATE);
	}

	@Test
	void shouldRefuseAnUnknownMode() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> MigrationsMode.of(new MockEnvironment().withProperty("inkwell.migrations.mode", "auto")));
	}

}
