package dev.inkwell.author;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import dev.inkwell.relay.LoaderKey;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * The one DataLoader of authors by id, behind every field that leads to an author
 * ({@code Post.author}, {@code Comment.author}): the authors a level asks for cost one
 * statement, and lists that read their rows' authors in their own statement prime it
 * ({@code relay/PrimingJoin}), so those fields then cost none.
 */
@Component
public class AuthorLoader {

	/** The DataLoader, to prime it. */
	public static final LoaderKey<Long, Author> BY_ID = LoaderKey.of(Author.class, "byId");

	/**
	 * The distinct authors a feed primes (50 posts and their first 10 comments each come
	 * to about 450 of the 2,000 of the benchmark's blog); more only grow the cache.
	 */
	private static final int AUTHORS_PER_PAGE = 512;

	AuthorLoader(AuthorRepository authors, BatchLoaderRegistry registry) {
		BY_ID.register(registry)
			.withOptions(options -> options.setCacheMap(new PresizedCacheMap<Long, Author>(AUTHORS_PER_PAGE)))
			.registerMappedBatchLoader((ids,
					env) -> Mono.fromSupplier(() -> authors.findAllById(ids)
						.stream()
						.collect(Collectors.toMap(Author::id, Function.identity()))));
	}

	/**
	 * The data fetcher of a field that leads to the author whose id its source holds: a
	 * plain value when the DataLoader already has the author (primed by a list or a
	 * thread: no statement, and no future to complete, which matters because a thread
	 * asks this 5,000 times), else a load batched with the whole level. The known author
	 * is looked up in the registry's own DataLoader: with exhausted dispatching on,
	 * graphql-java's {@code env.getDataLoader} constructs a new wrapping DataLoader on
	 * every call, which only a load needs (to count toward its level's dispatch). A
	 * {@link TrivialDataFetcher}, so Spring neither adapts nor wraps it to propagate
	 * thread-local context: neither path reads any (the batch loader gets its context
	 * from Spring's registry).
	 */
	public <S> DataFetcher<Object> field(ToLongFunction<S> authorId) {
		return new AuthorOfSource<>(authorId);
	}

	/**
	 * The data fetcher of {@link #field}. It tells Spring's schema mapping inspection
	 * that it leads to an {@link Author} (at once or later), so the inspection checks the
	 * author's fields under it instead of skipping them.
	 */
	private record AuthorOfSource<S>(
			ToLongFunction<S> authorId) implements TrivialDataFetcher<Object>, SelfDescribingDataFetcher<Object> {

		private static final ResolvableType AUTHOR = ResolvableType.forClass(Author.class);

		@Override
		public Object get(DataFetchingEnvironment env) {
			long id = authorId.applyAsLong(env.getSource());
			DataLoader<Long, Author> cache = BY_ID.primedIn(env);
			CompletableFuture<Author> known = cache.getIfCompleted(id).orElse(null);
			if (known != null) {
				return known.getNow(null);
			}
			return BY_ID.in(env).load(id);
		}

		@Override
		public String getDescription() {
			return BY_ID.toString();
		}

		@Override
		public ResolvableType getReturnType() {
			return AUTHOR;
		}

	}

}
