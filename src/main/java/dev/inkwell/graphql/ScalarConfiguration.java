package dev.inkwell.graphql;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The schema's custom scalars, from graphql-java-extended-scalars. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	/**
	 * DateTime: RFC 3339 timestamps with an offset, mapped to OffsetDateTime. A wired
	 * scalar brings its own description; this keeps schema.graphqls's (the contract test
	 * compares them).
	 */
	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.DateTime
			.transform(scalar -> scalar.description("An RFC 3339 timestamp with offset, e.g. 2026-11-25T14:21:00Z.")));
	}

}
