package dev.inkwell.seed;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --inkwell.seed.scale=N}: after the migrations, fills the configured database
 * with the benchmark data set, then exits the JVM (0 when seeded, 2 when refused or
 * failed).
 */
@Component
@ConditionalOnProperty(SeedEnvironmentPostProcessor.SCALE)
class SeedRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

	private final DataSource dataSource;

	private final ConfigurableApplicationContext context;

	private final double scale;

	private final boolean replace;

	SeedRunner(DataSource dataSource, ConfigurableApplicationContext context, SeedProperties properties) {
		this.dataSource = dataSource;
		this.context = context;
		this.scale = properties.scale();
		this.replace = properties.replace();
	}

	@Override
	public void run(ApplicationArguments args) {
		int exitCode = 0;
		try {
			new Seeder(dataSource, log::info).seed(SeedPlan.of(scale), replace);
		}
		catch (Seeder.SeedRefusedException | IllegalArgumentException ex) {
			log.error("Not seeded: {}", ex.getMessage());
			exitCode = 2;
		}
		catch (RuntimeException ex) {
			log.error("Seeding failed", ex);
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}

}
