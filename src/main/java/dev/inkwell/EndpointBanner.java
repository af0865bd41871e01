package dev.inkwell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where to point their browser and clients. */
@Component
class EndpointBanner implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(EndpointBanner.class);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		log.info("Inkwell is ready: GraphQL at http://localhost:{}/graphql, GraphiQL at http://localhost:{}/graphiql", port, port);
	}

}
