package dev.inkwell.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The seed command: java -jar inkwell.jar --inkwell.seed.scale=N.
 *
 * @param scale the size of the benchmark data set to generate (1: 2,000 authors, 50,000
 * posts, 500,000 comments), above 0 and at most 100; set, the server seeds the database
 * and exits instead of serving
 * @param replace whether seeding a database that already has rows first deletes them
 * (with their accounts and follows) instead of refusing
 */
@ConfigurationProperties("inkwell.seed")
record SeedProperties(Double scale, @DefaultValue("false") boolean replace) {

	/** Bound before any bean exists: the seed command changes the environment. */
	static SeedProperties of(Environment environment) {
		return Binder.get(environment).bindOrCreate("inkwell.seed", SeedProperties.class);
	}

}
