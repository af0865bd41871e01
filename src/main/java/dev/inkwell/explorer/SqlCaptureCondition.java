package dev.inkwell.explorer;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether SQL capture is on: never under the profile {@code prod}; otherwise
 * {@code inkwell.debug.sql} when it is set, and when it is empty only on the embedded
 * default database (no {@code spring.datasource.url}), where the server is a developer's.
 */
class SqlCaptureCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return enabled(context.getEnvironment());
	}

	static boolean enabled(Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			return false;
		}
		Boolean sql = DebugProperties.of(environment).sql();
		if (sql != null) {
			return sql;
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
