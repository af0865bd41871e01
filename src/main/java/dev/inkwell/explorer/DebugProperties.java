package dev.inkwell.explorer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The explorer's debugging aids.
 *
 * @param sql whether GraphQL responses carry the SQL a request ran (extensions.sql, with
 * plans on the request header X-Inkwell-Explain: true); unset, it is on for the embedded
 * default database only; never on under the profile prod
 */
@ConfigurationProperties("inkwell.debug")
record DebugProperties(Boolean sql) {

	/**
	 * Bound before any bean exists: a condition decides whether the capture's beans do.
	 */
	static DebugProperties of(Environment environment) {
		return Binder.get(environment).bindOrCreate("inkwell.debug", DebugProperties.class);
	}

}
