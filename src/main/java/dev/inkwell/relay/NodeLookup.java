package dev.inkwell.relay;

import java.util.Optional;

/**
 * How {@code node(id:)} finds an object of one type: each feature that owns a Node type
 * provides one.
 */
public interface NodeLookup {

	/** The GraphQL type name this lookup serves, as encoded in global IDs. */
	String typeName();

	Optional<?> findById(long id);

}
