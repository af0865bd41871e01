package dev.inkwell.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The breaking changes from a released schema to a new one: what a client or an
 * implementation of the released contract could rely on and no longer can. Removed types,
 * fields, arguments, input fields, enum values, union members, interfaces and directives;
 * any changed type of an existing field, argument or input field, nullability and list
 * wrapping included (both directions: an output that may now be null breaks clients, an
 * input that must now be given breaks callers, and the other direction breaks the
 * released contract's other implementations and is rare enough to be worth a deliberate
 * baseline update); a new required argument or input field. Additions of anything
 * optional pass.
 */
final class SchemaCompatibility {

	private SchemaCompatibility() {
	}

	static List<String> breakingChanges(String releasedSdl, String newSdl) {
		return breakingChanges(schema(releasedSdl), schema(newSdl));
	}

	static List<String> breakingChanges(GraphQLSchema released, GraphQLSchema current) {
		List<String> changes = new ArrayList<>();
		for (GraphQLNamedType type : released.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || (type instanceof GraphQLScalarType && isBuiltIn(type.getName()))) {
				continue;
			}
			GraphQLNamedType now = (GraphQLNamedType) current.getType(type.getName());
			if (now == null) {
				changes.add(kind(type) + " " + type.getName() + " removed");
			}
			else if (!kind(type).equals(kind(now))) {
				changes.add(kind(type) + " " + type.getName() + " became " + kind(now));
			}
			else {
				compareType(type, now, changes);
			}
		}
		for (GraphQLDirective directive : released.getDirectives()) {
			GraphQLDirective now = current.getDirective(directive.getName());
			if (now == null) {
				changes.add("directive @" + directive.getName() + " removed");
			}
			else {
				compareArguments("directive @" + directive.getName(), directive.getArguments(), now.getArguments(),
						changes);
			}
		}
		return changes;
	}

	private static void compareType(GraphQLNamedType type, GraphQLNamedType now, List<String> changes) {
		if (type instanceof GraphQLFieldsContainer fields) {
			compareFields(fields, (GraphQLFieldsContainer) now, changes);
		}
		if (type instanceof GraphQLImplementingType implementing) {
			List<String> interfaces = names(((GraphQLImplementingType) now).getInterfaces());
			implementing.getInterfaces()
				.stream()
				.filter(i -> !interfaces.contains(i.getName()))
				.forEach(i -> changes.add(type.getName() + " no longer implements " + i.getName()));
		}
		if (type instanceof GraphQLInputObjectType input) {
			compareInputFields(input, (GraphQLInputObjectType) now, changes);
		}
		if (type instanceof GraphQLEnumType enumType) {
			List<String> values = ((GraphQLEnumType) now).getValues()
				.stream()
				.map(GraphQLEnumValueDefinition::getName)
				.toList();
			enumType.getValues()
				.stream()
				.filter(value -> !values.contains(value.getName()))
				.forEach(value -> changes.add("enum value " + type.getName() + "." + value.getName() + " removed"));
		}
		if (type instanceof GraphQLUnionType union) {
			List<String> members = names(((GraphQLUnionType) now).getTypes());
			union.getTypes()
				.stream()
				.filter(member -> !members.contains(member.getName()))
				.forEach(member -> changes.add("union member " + type.getName() + "." + member.getName() + " removed"));
		}
	}

	private static void compareFields(GraphQLFieldsContainer type, GraphQLFieldsContainer now, List<String> changes) {
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			String name = type.getName() + "." + field.getName();
			GraphQLFieldDefinition nowField = now.getFieldDefinition(field.getName());
			if (nowField == null) {
				changes.add("field " + name + " removed");
				continue;
			}
			compareTypes("field " + name, field.getType(), nowField.getType(), changes);
			compareArguments("field " + name, field.getArguments(), nowField.getArguments(), changes);
		}
	}

	private static void compareArguments(String owner, List<GraphQLArgument> released, List<GraphQLArgument> now,
			List<String> changes) {
		Map<String, GraphQLArgument> current = byName(now, GraphQLArgument::getName);
		for (GraphQLArgument argument : released) {
			GraphQLArgument nowArgument = current.remove(argument.getName());
			if (nowArgument == null) {
				changes.add("argument " + argument.getName() + " of " + owner + " removed");
			}
			else {
				compareTypes("argument " + argument.getName() + " of " + owner, argument.getType(),
						nowArgument.getType(), changes);
			}
		}
		current.values()
			.stream()
			.filter(added -> GraphQLTypeUtil.isNonNull(added.getType()) && !added.hasSetDefaultValue())
			.forEach(added -> changes.add("required argument " + added.getName() + " added to " + owner));
	}

	private static void compareInputFields(GraphQLInputObjectType type, GraphQLInputObjectType now,
			List<String> changes) {
		Map<String, GraphQLInputObjectField> current = byName(now.getFieldDefinitions(),
				GraphQLInputObjectField::getName);
		for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
			String name = "input field " + type.getName() + "." + field.getName();
			GraphQLInputObjectField nowField = current.remove(field.getName());
			if (nowField == null) {
				changes.add(name + " removed");
			}
			else {
				compareTypes(name, field.getType(), nowField.getType(), changes);
			}
		}
		current.values()
			.stream()
			.filter(added -> added.getType() instanceof GraphQLNonNull && !added.hasSetDefaultValue())
			.forEach(added -> changes.add("required input field " + type.getName() + "." + added.getName() + " added"));
	}

	private static void compareTypes(String what, GraphQLType released, GraphQLType now, List<String> changes) {
		String before = GraphQLTypeUtil.simplePrint(released);
		String after = GraphQLTypeUtil.simplePrint(now);
		if (!before.equals(after)) {
			boolean nullabilityOnly = before.replace("!", "").equals(after.replace("!", ""));
			changes
				.add(what + (nullabilityOnly ? " changed nullability: " : " changed type: ") + before + " → " + after);
		}
	}

	private static String kind(GraphQLNamedType type) {
		if (type instanceof GraphQLObjectType) {
			return "type";
		}
		if (type instanceof GraphQLInterfaceType) {
			return "interface";
		}
		if (type instanceof GraphQLUnionType) {
			return "union";
		}
		if (type instanceof GraphQLEnumType) {
			return "enum";
		}
		if (type instanceof GraphQLInputObjectType) {
			return "input";
		}
		return "scalar";
	}

	private static boolean isBuiltIn(String scalar) {
		return List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar);
	}

	private static List<String> names(List<? extends GraphQLNamedOutputType> types) {
		return types.stream().map(GraphQLNamedType::getName).toList();
	}

	private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
		return items.stream()
			.collect(Collectors.toMap(name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

}
