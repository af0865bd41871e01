package dev.inkwell.relay;

import dev.inkwell.errors.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.node}: any object by its global ID, whatever feature owns its type. */
@Controller
class NodeController {

	private final Map<String, NodeLookup> lookups;

	NodeController(List<NodeLookup> lookups) {
		this.lookups = lookups.stream().collect(Collectors.toMap(NodeLookup::typeName, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id) {
		GlobalId globalId = GlobalId.decode(id, "id");
		NodeLookup lookup = lookups.get(globalId.type());
		if (lookup == null) {
			throw new InvalidInputException("id", "'id' is not a valid ID");
		}
		return lookup.findById(globalId.id()).orElse(null);
	}

}
