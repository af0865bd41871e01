package dev.inkwell.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The documents the server knows by id: those of
 * {@code inkwell.graphql.documents-location}, read once at start-up (a file whose name is
 * not the SHA-256 of its text stops the start, naming it), and in {@code persisted} mode
 * those clients registered by sending text and id together (kept in a bounded memory
 * cache, metered as the cache {@code graphql.documents.persisted}: a miss is an id the
 * client must send again with its text).
 */
@Component
class DocumentStore {

	private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

	private final Map<String, String> trusted;

	private final Cache<String, String> registered;

	DocumentStore(GraphQlProperties properties, MeterRegistry meters) {
		this.trusted = Map.copyOf(load(properties.documentsLocation()));
		this.registered = CaffeineCacheMetrics.monitor(meters,
				Caffeine.newBuilder().maximumSize(properties.persistedCacheSize()).recordStats().build(),
				"graphql.documents.persisted");
		log.info("Documents: {} ({} trusted documents from {})", properties.documents().name().toLowerCase(),
				trusted.size(), properties.documentsLocation());
	}

	/** The text of a document of the directory, or null. */
	String trusted(String id) {
		return trusted.get(id);
	}

	/** The text of a document of the directory or registered by a client, or null. */
	String known(String id) {
		String text = trusted.get(id);
		return text != null ? text : registered.getIfPresent(id);
	}

	void register(String id, String text) {
		registered.put(id, text);
	}

	private static Map<String, String> load(String location) {
		String directory = location.endsWith("/") ? location : location + "/";
		Map<String, String> documents = new HashMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		if (!resolver.getResource(directory).exists()) {
			return documents;
		}
		try {
			for (Resource resource : resolver.getResources(directory + "*.graphql")) {
				String name = resource.getFilename();
				String id = name.substring(0, name.length() - ".graphql".length()).toLowerCase();
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				if (!DocumentId.isValid(id) || !DocumentId.of(text).equals(id)) {
					throw new IllegalStateException("The trusted document " + resource.getDescription()
							+ " is not named after the SHA-256 of its text (" + DocumentId.of(text)
							+ "): write the directory with clients/persist-documents.mjs");
				}
				documents.put(id, text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the trusted documents at " + location, ex);
		}
		return documents;
	}

}
