package dev.inkwell.overrides;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import dev.inkwell.graphql.GraphQlProperties;
import dev.inkwell.transport.GraphQlRequestReader;
import dev.inkwell.transport.HttpProperties;
import dev.inkwell.transport.TransportErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * Puts {@link GraphQlHttpEndpoint} in the place of Spring's HTTP handler: Boot backs off
 * its own {@link GraphQlHttpHandler} bean and routes matching POSTs (and, through
 * {@code transport/TransportConfiguration}, GETs) to this one.
 */
@Configuration(proxyBeanMethods = false)
class HttpHandlerConfiguration {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper json,
			HttpProperties properties, GraphQlProperties limits, MeterRegistry meters) {
		GraphQlRequestReader reader = new GraphQlRequestReader(json, properties.maxRequestSize().toBytes());
		return new GraphQlHttpEndpoint(webGraphQlHandler, reader, properties, limits, new TransportErrors(), json,
				meters);
	}

}
