package dev.inkwell.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.mapping.AssociationHandler;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/** The columns Spring Data JDBC maps a record's properties to (its writes use them). */
public final class MappedColumns {

	private MappedColumns() {
	}

	public static List<String> of(Class<?> aggregate) {
		List<String> columns = new ArrayList<>();
		var entity = new JdbcMappingContext().getRequiredPersistentEntity(aggregate);
		entity.doWithProperties((PropertyHandler<RelationalPersistentProperty>) property -> columns
			.add(property.getColumnName().getReference()));
		// References to other aggregates (AggregateReference) are associations, visited
		// apart.
		entity.doWithAssociations((AssociationHandler<RelationalPersistentProperty>) association -> columns
			.add(association.getInverse().getColumnName().getReference()));
		return columns;
	}

}
