package dev.inkwell.relay;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import org.dataloader.DataLoader;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * A DataLoader's handle: its name with its key and value types. The constant that
 * registers a batch loader is the one every resolver looks it up by, so a lookup cannot
 * name another loader or expect other types, and one made before anything registered the
 * loader fails naming it. The name is derived from what the loader serves (shown in the
 * {@code graphql.dataloader} observations), never written at a lookup.
 *
 * @param <K> the keys the loader is asked for
 * @param <V> the values it answers
 */
public final class LoaderKey<K, V> {

	private final String name;

	private LoaderKey(String name) {
		this.name = name;
	}

	/** The loader of {@code type}s by {@code purpose}, e.g. authors by id. */
	public static <K, V> LoaderKey<K, V> of(Class<?> type, String purpose) {
		return new LoaderKey<>(type.getSimpleName() + "." + purpose);
	}

	/** A loader behind a schema field: its pages, or with a suffix its counts. */
	static <K, V> LoaderKey<K, V> of(FieldCoordinates field, String suffix) {
		return new LoaderKey<>(field + suffix);
	}

	/** Registers the loader under this key. */
	public BatchLoaderRegistry.RegistrationSpec<K, V> register(BatchLoaderRegistry registry) {
		return registry.forName(name);
	}

	/**
	 * The loader to load from: graphql-java's view of it, which counts each load toward
	 * its level's dispatch.
	 */
	public DataLoader<K, V> in(DataFetchingEnvironment env) {
		return registered(env.getDataLoader(name));
	}

	/**
	 * The registry's own loader, to prime or to read what it holds: without the wrapper
	 * graphql-java builds on each {@link #in} call.
	 */
	public DataLoader<K, V> primedIn(DataFetchingEnvironment env) {
		return registered(env.getDataLoaderRegistry().getDataLoader(name));
	}

	private DataLoader<K, V> registered(DataLoader<K, V> loader) {
		if (loader == null) {
			throw new IllegalStateException("No DataLoader is registered as " + name);
		}
		return loader;
	}

	@Override
	public String toString() {
		return name;
	}

}
