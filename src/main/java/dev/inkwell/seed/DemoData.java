package dev.inkwell.seed;

import javax.sql.DataSource;

import dev.inkwell.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo blog ({@link SeedPlan#demo()}: the benchmark
 * generator at 20 authors, 200 posts, 3,000 comments), the same every time. Runs on the
 * embedded default, or when {@code inkwell.demo-data.enabled} is true (profile
 * {@code demo}); never touches a database that already has rows.
 * <p>
 * It runs once every bean exists and before the web server opens its port (Boot starts
 * the connector after the singletons), so the first request, the readiness state and the
 * start-up banner all come after the data is in. An {@code ApplicationRunner} would run
 * after the port answers, and a client would see an empty blog for a moment.
 */
@Component
@Lazy(false)
@DependsOnDatabaseInitialization
class DemoData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DataSource dataSource;

	private final boolean enabled;

	DemoData(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded, DemoDataProperties properties) {
		this.dataSource = dataSource;
		this.enabled = properties.enabled() != null ? properties.enabled() : embedded.getIfAvailable() != null;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!enabled) {
			return;
		}
		SeedPlan plan = SeedPlan.demo();
		if (new Seeder(dataSource, log::debug).seedIfEmpty(plan)) {
			log.info("Loaded the demo data: {} authors, {} posts, {} comments", plan.authors(), plan.totalPosts(),
					"%,d".formatted(plan.totalComments()));
		}
		else {
			log.info("Demo data not loaded: the database already has authors, posts or comments");
		}
	}

}
