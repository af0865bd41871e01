package dev.inkwell.relay;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import org.dataloader.BatchLoaderEnvironment;

/**
 * The fields an operation selects on each object type, anywhere in the document
 * (fragments, aliases and {@code @include}/{@code @skip} resolved by graphql-java's
 * normalized operation). Native statements read a row's costly columns only when some
 * selected field needs them ({@link Columns}); because the set covers the whole
 * operation, every row of a type read in one request carries the same columns, so a row
 * primed into a DataLoader by one list serves every other field that asks for it.
 */
public final class SelectedFields {

	/** Reads everything: for statements run outside a GraphQL execution. */
	public static final SelectedFields EVERYTHING = new SelectedFields(null);

	private final Map<String, Set<String>> byType;

	private SelectedFields(Map<String, Set<String>> byType) {
		this.byType = byType;
	}

	/** The fields of {@code operation}, by object type. */
	public static SelectedFields of(ExecutableNormalizedOperation operation) {
		Map<String, Set<String>> byType = new HashMap<>();
		collect(operation.getTopLevelFields(), byType);
		return new SelectedFields(byType);
	}

	private static void collect(List<ExecutableNormalizedField> fields, Map<String, Set<String>> byType) {
		for (ExecutableNormalizedField field : fields) {
			for (String type : field.getObjectTypeNames()) {
				byType.computeIfAbsent(type, name -> new HashSet<>()).add(field.getName());
			}
			collect(field.getChildren(), byType);
		}
	}

	/**
	 * Keeps the operation's fields in the request's context, computed when a statement
	 * first asks (graphql-java builds the normalized operation once per execution).
	 */
	public static void store(GraphQLContext context, Supplier<ExecutableNormalizedOperation> operation) {
		context.put(SelectedFields.class, new Lazy(operation));
	}

	/** The fields of the request whose context this is; everything outside a request. */
	public static SelectedFields in(GraphQLContext context) {
		Lazy lazy = context == null ? null : context.get(SelectedFields.class);
		return lazy == null ? EVERYTHING : lazy.get();
	}

	/**
	 * The fields of the request a batch is loaded for: Spring gives each batch loader the
	 * request's context.
	 */
	public static SelectedFields in(BatchLoaderEnvironment batch) {
		return in(batch.getContext() instanceof GraphQLContext context ? context : null);
	}

	/** The fields selected on {@code type}; null when unknown (read everything). */
	Set<String> on(String type) {
		return byType == null ? null : byType.getOrDefault(type, Set.of());
	}

	private static final class Lazy {

		private final Supplier<ExecutableNormalizedOperation> operation;

		private volatile SelectedFields fields;

		Lazy(Supplier<ExecutableNormalizedOperation> operation) {
			this.operation = operation;
		}

		SelectedFields get() {
			SelectedFields known = fields;
			if (known == null) {
				known = SelectedFields.of(operation.get());
				fields = known;
			}
			return known;
		}

	}

}
