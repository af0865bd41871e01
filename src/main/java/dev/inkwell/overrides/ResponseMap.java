package dev.inkwell.overrides;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import graphql.execution.ResponseMapFactory;

/**
 * One object of a GraphQL response: its response keys and their values, in order, in
 * place of the {@code LinkedHashMap} graphql-java builds by default. The keys are the
 * list graphql-java collected for the selection, shared by every object of a list; the
 * values are one array. An object of two fields then takes about 50 bytes instead of
 * about 170 (a map, its table and an entry per field). A thread's response holds 15,000
 * of these objects until it is written, under every collection that runs meanwhile; the
 * response writer reads them by index, without entry objects.
 * <p>
 * Read-only, as graphql-java's results are once built. Lookups by key scan the few keys.
 */
final class ResponseMap extends AbstractMap<String, Object> {

	/**
	 * Builds every object of an execution's response ({@code RequestInstrumentation}).
	 */
	static final ResponseMapFactory FACTORY = ResponseMap::of;

	private final List<String> keys;

	private final Object[] values;

	/** An object with {@code values} under {@code keys}, in that order. */
	public static ResponseMap of(List<String> keys, List<Object> values) {
		return new ResponseMap(keys, values);
	}

	private ResponseMap(List<String> keys, List<Object> values) {
		if (keys.size() != values.size()) {
			throw new IllegalArgumentException(keys.size() + " keys for " + values.size() + " values");
		}
		this.keys = keys;
		this.values = values.toArray();
	}

	/** The response key at {@code index}, in the order of the selection. */
	public String key(int index) {
		return keys.get(index);
	}

	/** The value at {@code index}. */
	public Object value(int index) {
		return values[index];
	}

	@Override
	public int size() {
		return values.length;
	}

	@Override
	public boolean containsKey(Object key) {
		return keys.contains(key);
	}

	@Override
	public Object get(Object key) {
		int index = keys.indexOf(key);
		return (index < 0) ? null : values[index];
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return values.length;
			}

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return next < values.length;
					}

					@Override
					public Entry<String, Object> next() {
						if (next >= values.length) {
							throw new NoSuchElementException();
						}
						Entry<String, Object> entry = new SimpleImmutableEntry<>(keys.get(next), values[next]);
						next++;
						return entry;
					}

				};
			}

		};
	}

}
