package dev.inkwell.author;

import dev.inkwell.support.MappedColumns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Author's native reads names every mapped property's column, and
 * nothing else.
 */
class AuthorColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(AuthorRows.COLUMNS).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Author.class));
	}

}
