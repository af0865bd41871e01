package dev.inkwell.relay;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The one {@code totalCount} fetcher of every connection type: it asks the count loader
 * named by the connection's {@link TotalCount}, so counts are batched per level and made
 * only when selected, whatever the list.
 */
@Component
class TotalCountWiring implements RuntimeWiringConfigurer {

	private static final DataFetcher<Object> TOTAL_COUNT = env -> {
		Connection<?> connection = env.getSource();
		TotalCount count = connection.totalCount();
		return count.loader().in(env).load(count.parentId());
	};

	/**
	 * Nothing per type: the fetcher is given by the wiring factory below, for every
	 * connection type at once.
	 */
	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	/**
	 * graphql-java asks the wiring factories for each field's fetcher while it builds the
	 * schema: this one answers for every {@code totalCount} of a {@code …Connection} type
	 * (no controller maps one).
	 */
	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {

			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment env) {
				return env.getFieldDefinition().getName().equals("totalCount")
						&& env.getParentType().getName().endsWith("Connection");
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
				return TOTAL_COUNT;
			}

		});
	}

}
