package dev.inkwell.relay;

import graphql.schema.FieldCoordinates;

import org.springframework.jdbc.core.RowMapper;

/**
 * The declaration of a paged relationship field, e.g. {@code Tag.posts}: the field as the
 * schema names it, the child query it pages by, how a row becomes a node and how the
 * field counts its rows. {@link FieldWiring} derives everything else from it: the
 * DataLoaders (keyed by the field), the data fetcher, {@code totalCount} and each edge's
 * cursor, which is the keyset position of the child query, never chosen by a feature.
 *
 * @param field the schema's type and field
 * @param node the Java type of the field's nodes, which the field's data fetcher
 * describes to Spring's schema mapping inspection so that the nodes' fields are checked
 * @param child the per-parent statement and its keyset order
 * @param nodes reads a node from a row of {@code child}
 * @param counts counts the rows of many parents at once
 * @param joined a variant that joins a related row when a client selects it, or null
 */
public record PagedField<N>(FieldCoordinates field, Class<N> node, ChildQuery child, RowMapper<N> nodes,
		ParentCounts counts, PrimingJoin<?, ?> joined) {

	/**
	 * The field {@code type.name} of the schema, a connection of {@code node}s paged by
	 * {@code child}.
	 */
	public static <N> PagedField<N> of(String type, String name, Class<N> node, ChildQuery child, RowMapper<N> nodes,
			ParentCounts counts) {
		return new PagedField<>(FieldCoordinates.coordinates(type, name), node, child, nodes, counts, null);
	}

	/** This field with a joined variant, run when a client selects the joined row. */
	public PagedField<N> joining(PrimingJoin<?, ?> variant) {
		return new PagedField<>(field, node, child, nodes, counts, variant);
	}

}
