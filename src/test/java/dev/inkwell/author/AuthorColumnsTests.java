package dev.inkwell.author;

import dev.inkwell.support.MappedColumns;
import dev.inkwell.support.RowFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Author's native reads names every mapped property's column, and
 * nothing else.
 */
class AuthorColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(AuthorRows.COLUMNS.names()).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Author.class));
	}

	/**
	 * Every field of Author resolved from its row says which costly columns it reads, so
	 * a read that leaves them out never leaves out what a selected field shows; a field
	 * another feature resolves by its own loader reads only the keys and is not named.
	 */
	@Test
	void shouldDeclareWhatEveryFieldResolvedFromTheRowReads() {
		assertThat(AuthorRows.COLUMNS.fields())
			.containsExactlyInAnyOrderElementsOf(RowFields.of("Author", Author.class));
	}

}
