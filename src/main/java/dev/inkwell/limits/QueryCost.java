package dev.inkwell.limits;

import java.util.Map;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of an operation: the most field values its result can hold. Every field costs
 * 1 for each time it can appear, and a connection (any field with a {@code first}
 * argument whose type has {@code edges}) makes everything under it appear {@code first}
 * times, so nested connections multiply: {@code posts(first: 100) { edges { node {
 * comments(first: 100) { … } } } }} costs about 100 × 100 per field of a comment. A
 * connection without {@code first} counts as {@code defaultFirst}; other lists count once
 * (their size is fixed by the schema, or they are a connection's edges, already counted).
 * Called only on operations within the field limit, so it visits at most that many
 * fields; arithmetic saturates instead of overflowing.
 */
final class QueryCost {

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private final long defaultFirst;

	private boolean usesVariables;

	private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
			long defaultFirst) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
		this.defaultFirst = defaultFirst;
	}

	/**
	 * The cost of {@code operation} with these variables, and whether a variable set a
	 * page size.
	 */
	static Result of(OperationDefinition operation, Map<String, FragmentDefinition> fragments, GraphQLSchema schema,
			Map<String, Object> variables, long defaultFirst) {
		QueryCost cost = new QueryCost(schema, fragments, variables, defaultFirst);
		GraphQLFieldsContainer root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		long total = cost.selections(operation.getSelectionSet(), root, 1);
		return new Result(total, cost.usesVariables);
	}

	private long selections(SelectionSet set, GraphQLFieldsContainer parent, long times) {
		if (set == null) {
			return 0;
		}
		long total = 0;
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				total = add(total, field(field, parent, times));
			}
			else if (selection instanceof InlineFragment inline) {
				GraphQLFieldsContainer on = inline.getTypeCondition() == null ? parent
						: container(schema.getType(inline.getTypeCondition().getName()));
				total = add(total, selections(inline.getSelectionSet(), on, times));
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				GraphQLFieldsContainer on = container(schema.getType(fragment.getTypeCondition().getName()));
				total = add(total, selections(fragment.getSelectionSet(), on, times));
			}
		}
		return total;
	}

	private long field(Field field, GraphQLFieldsContainer parent, long times) {
		GraphQLFieldDefinition definition = parent == null ? null : parent.getFieldDefinition(field.getName());
		if (definition == null) {
			// __typename, __schema, __type: introspection, whose lists are bounded by the
			// schema.
			return add(times, selections(field.getSelectionSet(), null, times));
		}
		GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
		GraphQLFieldsContainer fieldType = container(type);
		long inner = times;
		if (definition.getArgument("first") != null && fieldType != null
				&& fieldType.getFieldDefinition("edges") != null) {
			inner = multiply(times, first(field));
		}
		return add(times, selections(field.getSelectionSet(), fieldType, inner));
	}

	private long first(Field field) {
		Argument argument = field.getArguments()
			.stream()
			.filter(a -> a.getName().equals("first"))
			.findFirst()
			.orElse(null);
		if (argument == null) {
			return defaultFirst;
		}
		Value<?> value = argument.getValue();
		if (value instanceof IntValue literal) {
			return Math.max(0, literal.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue());
		}
		if (value instanceof VariableReference reference) {
			usesVariables = true;
			return variables.get(reference.getName()) instanceof Number number ? Math.max(0, number.longValue())
					: defaultFirst;
		}
		return defaultFirst;
	}

	private static GraphQLFieldsContainer container(GraphQLType type) {
		return type instanceof GraphQLFieldsContainer fields ? fields : null;
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	private static long multiply(long a, long b) {
		return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
	}

	/**
	 * @param cost the operation's cost
	 * @param usesVariables whether a page size came from a variable (then the cost is per
	 * request)
	 */
	record Result(long cost, boolean usesVariables) {
	}

}
