package dev.inkwell.author;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.CacheMap;

/**
 * A DataLoader's per-request cache whose table starts at the size a page of authors
 * needs. The default one starts at 16 entries and, primed with a feed's 500 authors,
 * rehashes five times per request; one made with room for them rehashes never. One
 * instance per DataLoader, that is per request: the cache must never outlive it.
 */
final class PresizedCacheMap<K, V> implements CacheMap<K, V> {

	private final ConcurrentHashMap<K, CompletableFuture<V>> futures;

	PresizedCacheMap(int expectedKeys) {
		this.futures = new ConcurrentHashMap<>(expectedKeys);
	}

	@Override
	public boolean containsKey(K key) {
		return futures.containsKey(key);
	}

	@Override
	public CompletableFuture<V> get(K key) {
		return futures.get(key);
	}

	@Override
	public Collection<CompletableFuture<V>> getAll() {
		return futures.values();
	}

	@Override
	public CompletableFuture<V> putIfAbsentAtomically(K key, CompletableFuture<V> value) {
		return futures.putIfAbsent(key, value);
	}

	@Override
	public CacheMap<K, V> delete(K key) {
		futures.remove(key);
		return this;
	}

	@Override
	public CacheMap<K, V> clear() {
		futures.clear();
		return this;
	}

	@Override
	public int size() {
		return futures.size();
	}

}
