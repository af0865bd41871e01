package dev.inkwell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the server where to point their browser and clients, when
 * Spring's readiness state turns to ACCEPTING_TRAFFIC: after the demo data and the
 * application runners, the moment a readiness probe would report the server ready too (a
 * seeding run never gets there).
 */
@Component
class EndpointBanner {

	private static final Logger log = LoggerFactory.getLogger(EndpointBanner.class);

	private final Environment environment;

	EndpointBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		String port = environment.getProperty("local.server.port");
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && port != null) {
			log.info("Inkwell is ready: GraphQL at http://localhost:{}/graphql, "
					+ "GraphiQL at http://localhost:{}/graphiql", port, port);
		}
	}

}
