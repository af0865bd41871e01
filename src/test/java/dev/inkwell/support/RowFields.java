package dev.inkwell.support;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.core.mapping.AggregateReference;

/**
 * The fields of an object type resolved from its row: those the row's record answers with
 * an accessor of the same name (graphql-java's default fetcher, or the owner's fetcher
 * reading it), but for references to other aggregates. The other fields of the type are
 * relationships that features resolve by their own loaders from the row's keys.
 */
public final class RowFields {

	private RowFields() {
	}

	public static Set<String> of(String type, Class<?> row) {
		Set<String> accessors = Arrays.stream(row.getMethods())
			.filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
					&& method.getDeclaringClass() == row
					&& !AggregateReference.class.isAssignableFrom(method.getReturnType()))
			.map(Method::getName)
			.collect(Collectors.toSet());
		return SchemaFields.of(type).stream().filter(accessors::contains).collect(Collectors.toSet());
	}

}
