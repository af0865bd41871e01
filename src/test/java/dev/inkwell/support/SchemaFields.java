package dev.inkwell.support;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** The fields of an object type in the contract, schema.graphqls, extensions included. */
public final class SchemaFields {

	private static final TypeDefinitionRegistry SCHEMA = new SchemaParser().parse(new File("schema.graphqls"));

	private SchemaFields() {
	}

	public static Set<String> of(String type) {
		Set<String> fields = new HashSet<>();
		SCHEMA.getType(type, ObjectTypeDefinition.class)
			.orElseThrow()
			.getFieldDefinitions()
			.forEach(field -> fields.add(field.getName()));
		SCHEMA.objectTypeExtensions()
			.getOrDefault(type, java.util.List.of())
			.forEach(extension -> extension.getFieldDefinitions()
				.stream()
				.map(FieldDefinition::getName)
				.forEach(fields::add));
		return fields;
	}

}
