package dev.inkwell.projection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.OperationDefinition;
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
 * <p>
 * Clients send the same few operations again and again: an operation without directives
 * selects the same fields whatever its variables, so its fields, and the statements
 * rendered for them ({@link #rendered}), are worked out once, not once per request.
 */
public final class SelectedFields {

	/** Reads everything: for statements run outside a GraphQL execution. */
	public static final SelectedFields EVERYTHING = new SelectedFields(null);

	/**
	 * By operation, while its parsed document is in use (the document cache holds it):
	 * the key is compared by identity.
	 */
	private static final Cache<OperationDefinition, SelectedFields> BY_OPERATION = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(1_000)
		.build();

	private final Map<String, Set<String>> byType;

	private final Map<Object, String> rendered = new ConcurrentHashMap<>();

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
	 * first asks (graphql-java builds the normalized operation once per execution), and
	 * kept for the next request of the same operation unless a directive
	 * ({@code @include(if: $var)}) may change them.
	 */
	public static void store(GraphQLContext context, Document document, OperationDefinition operation,
			Supplier<ExecutableNormalizedOperation> normalized) {
		SelectedFields known = BY_OPERATION.getIfPresent(operation);
		if (known != null) {
			context.put(SelectedFields.class, new Lazy(() -> known));
			return;
		}
		context.put(SelectedFields.class, new Lazy(() -> {
			SelectedFields fields = SelectedFields.of(normalized.get());
			if (!hasDirectives(document)) {
				BY_OPERATION.put(operation, fields);
			}
			return fields;
		}));
	}

	private static boolean hasDirectives(Node<?> node) {
		if (node instanceof Directive) {
			return true;
		}
		for (Node<?> child : node.getChildren()) {
			if (hasDirectives(child)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Text rendered for these fields once, then reused: a statement whose select list
	 * depends on them. {@code key} names what is rendered, with every value the text
	 * depends on besides the fields; it must come from a bounded set (the code's
	 * constants, a page size), since a cached operation keeps its texts.
	 */
	public String rendered(Object key, Function<SelectedFields, String> render) {
		String text = rendered.get(key);
		if (text == null) {
			text = rendered.computeIfAbsent(key, any -> render.apply(this));
		}
		return text;
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

		private final Supplier<SelectedFields> compute;

		private volatile SelectedFields fields;

		Lazy(Supplier<SelectedFields> compute) {
			this.compute = compute;
		}

		SelectedFields get() {
			SelectedFields known = fields;
			if (known == null) {
				known = compute.get();
				fields = known;
			}
			return known;
		}

	}

}
