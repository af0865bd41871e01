package dev.inkwell.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;

/**
 * Limits on the shape of a query, checked before anything runs: a document too deep or with too
 * many fields (aliases included) is refused with QUERY_TOO_COMPLEX instead of loading the database.
 *
 * @param maxDepth the deepest field nesting accepted
 * @param maxFields the most fields one document may select, counting every alias and nesting
 */
@ConfigurationProperties("inkwell.graphql")
record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxFields) {

	/** Instrumentation beans join Spring Boot's GraphQlSource. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Instrumentations {

		@Bean
		MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
			return new MaxQueryDepthInstrumentation(limits.maxDepth());
		}

		@Bean
		MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
			return new MaxQueryComplexityInstrumentation(limits.maxFields());
		}

	}

}
