package dev.inkwell.relay;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;

import graphql.TrivialDataFetcher;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A list under a list, registered by {@link FieldWiring}: a field's resolver asks it for
 * one parent's page, and the DataLoader answers every parent of the level with one
 * statement.
 */
public final class PerParentList<N> {

	private static final Map<String, ResolvableType> PAGE_ARGUMENTS = Map.of("first",
			ResolvableType.forClass(Integer.class), "after", ResolvableType.forClass(String.class));

	private final LoaderKey<PageKey, Connection<N>> loader;

	private final PagedLoads.JoinedList<N, ?, ?> joined;

	private final PagingProperties paging;

	private final ResolvableType returnType;

	PerParentList(LoaderKey<PageKey, Connection<N>> loader, PagedLoads.JoinedList<N, ?, ?> joined,
			PagingProperties paging, Class<N> node) {
		this.loader = loader;
		this.joined = joined;
		this.paging = paging;
		this.returnType = ResolvableType.forClassWithGenerics(CompletableFuture.class,
				ResolvableType.forClassWithGenerics(Connection.class, node));
	}

	/**
	 * The data fetcher of the list's field, e.g. {@code Author.posts}: the page of the
	 * parent whose id the source holds, as the field's {@code first} and {@code after}
	 * ask. Wired by {@link FieldWiring#paged(PagedField, ToLongFunction)}. It is called
	 * once per parent (50 times for a feed's posts), so it is a
	 * {@link TrivialDataFetcher}: Spring neither invokes it through its annotated-handler
	 * adapter nor wraps it to propagate thread-local context, which it does not read (the
	 * batch loader gets its context from Spring's registry).
	 */
	<S> DataFetcher<CompletableFuture<Connection<N>>> field(ToLongFunction<S> parentId) {
		return new PageOfSource<>(this, parentId);
	}

	/** The page of {@code parentId}'s list that a client's paging arguments ask for. */
	public CompletableFuture<Connection<N>> load(long parentId, Integer first, String after,
			DataFetchingEnvironment env) {
		PageKey key = PageKey.of(parentId, paging.page(first, after));
		if (joined != null && selects(env, joined.join().selection())) {
			return joined.load(key, env);
		}
		return loader.in(env).load(key);
	}

	/**
	 * Answered once per field of the document in a request, not once per parent:
	 * computing a selection set walks the field's whole subtree, and a feed asks it for
	 * each of 50 posts. The answer is cached in the request's context under the
	 * document's field node (compared by identity): a property of the document, not a
	 * value passed between resolvers.
	 */
	public static boolean selects(DataFetchingEnvironment env, String selection) {
		return env.getGraphQlContext()
			.computeIfAbsent(new Selects(env.getField(), selection), key -> env.getSelectionSet().contains(selection));
	}

	private record Selects(Field field, String selection) {
	}

	/**
	 * The data fetcher of {@link #field}. It describes itself to Spring's schema mapping
	 * inspection (a connection of the field's nodes, paged by {@code first} and
	 * {@code after}), which otherwise could not see what it returns and would skip the
	 * connection's, edges' and nodes' fields instead of checking them.
	 */
	private record PageOfSource<S, N>(PerParentList<N> list, ToLongFunction<S> parentId)
			implements
				TrivialDataFetcher<CompletableFuture<Connection<N>>>,
				SelfDescribingDataFetcher<CompletableFuture<Connection<N>>> {

		@Override
		public CompletableFuture<Connection<N>> get(DataFetchingEnvironment env) {
			return list.load(parentId.applyAsLong(env.getSource()), env.getArgument("first"), env.getArgument("after"),
					env);
		}

		@Override
		public String getDescription() {
			return list.loader.toString();
		}

		@Override
		public ResolvableType getReturnType() {
			return list.returnType;
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return PAGE_ARGUMENTS;
		}

	}

}
