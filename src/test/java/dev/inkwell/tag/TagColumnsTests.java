package dev.inkwell.tag;

import dev.inkwell.support.MappedColumns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Tag's native reads names every mapped property's column, and
 * nothing else.
 */
class TagColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(Tag.COLUMNS).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Tag.class));
	}

}
