package dev.inkwell.relay;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import reactor.core.publisher.Mono;

import dev.inkwell.projection.SelectedFields;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * The one way a feature wires a field that is not an annotated controller method: a paged
 * relationship ({@link PagedField}), a top-level list's count, or a data fetcher called
 * once per row (a global ID, a field leading to an author). Each is declared by the
 * schema's type and field name; the DataLoaders are keyed by that declaration, and a
 * declared field the schema does not have fails start-up, naming it.
 */
@Component
public class FieldWiring implements RuntimeWiringConfigurer, SmartInitializingSingleton {

	private static final String COUNT = ".count";

	private static final String JOINED = ".joined";

	private final BatchLoaderRegistry registry;

	private final JdbcClient jdbc;

	private final PagingProperties paging;

	private final ApplicationContext context;

	private final ObjectProvider<GraphQlSource> graphQl;

	private final Map<FieldCoordinates, DataFetcher<?>> fetchers = new LinkedHashMap<>();

	private final Map<FieldCoordinates, Boolean> declared = new LinkedHashMap<>();

	private boolean wired;

	FieldWiring(BatchLoaderRegistry registry, JdbcClient jdbc, PagingProperties paging, ApplicationContext context,
			ObjectProvider<GraphQlSource> graphQl) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.paging = paging;
		this.context = context;
		this.graphQl = graphQl;
	}

	/**
	 * A field resolved by {@code fetcher} on every row of its type, without Spring's
	 * annotated-handler adapter (ADR 022).
	 */
	public void field(String type, String name, DataFetcher<?> fetcher) {
		FieldCoordinates field = declare(FieldCoordinates.coordinates(type, name));
		fetchers.put(field, fetcher);
	}

	/**
	 * A paged relationship field resolved for the parent whose id {@code parentId} reads
	 * from the source: one statement per level for every parent's page.
	 */
	public <S, N> void paged(PagedField<N> declaration, ToLongFunction<S> parentId) {
		PerParentList<N> list = paged(declaration);
		fetchers.put(declaration.field(), list.field(parentId));
	}

	/**
	 * A paged field whose parent is not its source (a viewer's feed): its controller
	 * method calls {@link PerParentList#load} with the parent's id.
	 */
	public <N> PerParentList<N> paged(PagedField<N> declaration) {
		FieldCoordinates field = declare(declaration.field());
		LoaderKey<Long, Long> countLoader = counted(field, declaration.counts());
		RowMapper<Edge<N>> edges = edges(declaration.nodes());
		LoaderKey<PageKey, Connection<N>> pages = LoaderKey.of(field, "");
		pages.register(registry)
			.registerMappedBatchLoader((keys,
					env) -> Mono.fromSupplier(() -> PagedLoads.connections(PageStatement.run(jdbc,
							declaration.child().pagesStatement(SelectedFields.in(env)), List.copyOf(keys), edges),
							countLoader)));
		PagedLoads.JoinedList<N, ?, ?> joined = (declaration.joined() == null) ? null : PagedLoads
			.registerJoined(registry, jdbc, LoaderKey.of(field, JOINED), edges, declaration.joined(), countLoader);
		return new PerParentList<>(pages, joined, paging, declaration.node());
	}

	/** A top-level list's count (all posts, all authors): counted once, when selected. */
	public TotalCount wholeList(String type, String name, LongSupplier count) {
		FieldCoordinates field = declare(FieldCoordinates.coordinates(type, name));
		return new TotalCount(counted(field, ids -> Map.of(TotalCount.WHOLE_LIST, count.getAsLong())),
				TotalCount.WHOLE_LIST);
	}

	/**
	 * Each edge's cursor is the row's position in the keyset its statement pages by
	 * ({@code key_time}, {@code key_id}): a cursor taken from the node instead pages a
	 * list reached through a link table wrong.
	 */
	private static <N> RowMapper<Edge<N>> edges(RowMapper<N> nodes) {
		return (rs, row) -> new KeysetEdge<>(nodes.mapRow(rs, row),
				new TimeKeyCursor(rs.getObject("key_time", OffsetDateTime.class), rs.getLong("key_id")));
	}

	private LoaderKey<Long, Long> counted(FieldCoordinates field, ParentCounts counts) {
		LoaderKey<Long, Long> loader = LoaderKey.of(field, COUNT);
		loader.register(registry).registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> counts.count(ids)));
		return loader;
	}

	private FieldCoordinates declare(FieldCoordinates field) {
		if (wired) {
			throw new IllegalStateException(field + " was declared after the schema was wired");
		}
		if (declared.putIfAbsent(field, true) != null) {
			throw new IllegalStateException(field + " is declared twice");
		}
		return field;
	}

	/**
	 * Controllers declare their fields when they are constructed; Spring's annotated
	 * controller support finds them by type without constructing them, so they are
	 * constructed here, before the declared fields are wired.
	 */
	@Override
	public void configure(RuntimeWiring.Builder builder) {
		context.getBeansWithAnnotation(Controller.class);
		wired = true;
		Map<String, Map<String, DataFetcher>> byType = new LinkedHashMap<>();
		fetchers.forEach((field, fetcher) -> byType.computeIfAbsent(field.getTypeName(), type -> new LinkedHashMap<>())
			.put(field.getFieldName(), fetcher));
		byType.forEach((type, fields) -> builder.type(type, wiring -> wiring.dataFetchers(fields)));
	}

	@Override
	public void afterSingletonsInstantiated() {
		GraphQlSource source = graphQl.getIfAvailable();
		if (source != null) {
			verify(source.schema());
		}
	}

	/** Fails for a declared field the schema does not have, naming it. */
	void verify(GraphQLSchema schema) {
		List<FieldCoordinates> missing = declared.keySet().stream().filter(field -> {
			GraphQLObjectType type = schema.getObjectType(field.getTypeName());
			return type == null || type.getFieldDefinition(field.getFieldName()) == null;
		}).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Fields declared but not in the schema: " + missing);
		}
	}

}
