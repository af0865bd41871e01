package dev.inkwell.limits;

import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import dev.inkwell.graphql.GraphQlProperties;

/**
 * The size of one operation of a document: its deepest field nesting (a top-level field
 * is at depth 1), the number of fields it selects (every alias, fragment spread and
 * branch counted: an upper bound, {@code @skip}/{@code @include} are not evaluated), its
 * aliased fields, top-level fields and directives. Measuring stops as soon as the field
 * count passes {@code fieldCap}, so a document of fragments that spread each other a
 * thousandfold costs no more to measure than one over the limit.
 *
 * @param depth the deepest field nesting found
 * @param fields the fields counted, at most {@code fieldCap + 1}
 * @param aliases the fields with an alias
 * @param rootFields the top-level fields, fragments expanded
 * @param directives the directives on the operation, its fields and fragments
 */
record QueryShape(int depth, int fields, int aliases, int rootFields, int directives) {

	static QueryShape of(OperationDefinition operation, Map<String, FragmentDefinition> fragments, int fieldCap) {
		Measure measure = new Measure(fragments, fieldCap);
		measure.directives += operation.getDirectives().size();
		measure.selections(operation.getSelectionSet(), 1);
		return new QueryShape(measure.depth, measure.fields, measure.aliases, measure.rootFields, measure.directives);
	}

	/**
	 * Why an operation of this shape is refused, or null when it is within the limits.
	 */
	Refusal refusal(GraphQlProperties limits) {
		if (depth > limits.maxDepth()) {
			return new Refusal(
					"The query is nested %d fields deep; the limit is %d".formatted(depth, limits.maxDepth()),
					Map.of("limit", "maxDepth", "max", limits.maxDepth(), "depth", depth));
		}
		if (fields > limits.maxFields()) {
			return new Refusal("The query selects more than %d fields (aliases and fragments counted)"
				.formatted(limits.maxFields()), Map.of("limit", "maxFields", "max", limits.maxFields()));
		}
		if (aliases > limits.maxAliases()) {
			return new Refusal(
					"The query has %d aliased fields; the limit is %d".formatted(aliases, limits.maxAliases()),
					Map.of("limit", "maxAliases", "max", limits.maxAliases()));
		}
		if (rootFields > limits.maxRootFields()) {
			return new Refusal(
					"The query has %d top-level fields; the limit is %d".formatted(rootFields, limits.maxRootFields()),
					Map.of("limit", "maxRootFields", "max", limits.maxRootFields()));
		}
		if (directives > limits.maxDirectives()) {
			return new Refusal(
					"The query has %d directives; the limit is %d".formatted(directives, limits.maxDirectives()),
					Map.of("limit", "maxDirectives", "max", limits.maxDirectives()));
		}
		return null;
	}

	/**
	 * A refused shape: a message for people, and extensions for programs: the limit it
	 * broke ({@code limit}: maxDepth or maxFields), that limit's value ({@code max}) and,
	 * for depth, the query's ({@code depth}).
	 */
	record Refusal(String message, Map<String, Object> extensions) {
	}

	private static final class Measure {

		private final Map<String, FragmentDefinition> fragments;

		private final int fieldCap;

		private int depth;

		private int fields;

		private int aliases;

		private int rootFields;

		private int directives;

		Measure(Map<String, FragmentDefinition> fragments, int fieldCap) {
			this.fragments = fragments;
			this.fieldCap = fieldCap;
		}

		/**
		 * Validation has already refused fragment cycles and unknown fragments, so this
		 * ends.
		 */
		void selections(SelectionSet set, int level) {
			if (set == null) {
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (fields > fieldCap) {
					return;
				}
				if (selection instanceof Field field) {
					fields++;
					aliases += field.getAlias() == null ? 0 : 1;
					rootFields += level == 1 ? 1 : 0;
					directives += field.getDirectives().size();
					depth = Math.max(depth, level);
					selections(field.getSelectionSet(), level + 1);
				}
				else if (selection instanceof InlineFragment inline) {
					directives += inline.getDirectives().size();
					selections(inline.getSelectionSet(), level);
				}
				else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
					directives += spread.getDirectives().size();
					FragmentDefinition fragment = fragments.get(spread.getName());
					directives += fragment.getDirectives().size();
					selections(fragment.getSelectionSet(), level);
				}
			}
		}

	}

}
