package dev.inkwell.author;

import dev.inkwell.support.MappedColumns;
import dev.inkwell.support.SchemaFields;
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
	 * Every field of Author says which costly columns it reads, so a read that leaves
	 * them out never leaves out what a selected field shows.
	 */
	@Test
	void shouldDeclareWhatEveryFieldOfAuthorReads() {
		assertThat(AuthorRows.COLUMNS.fields()).containsExactlyInAnyOrderElementsOf(SchemaFields.of("Author"));
	}

}
