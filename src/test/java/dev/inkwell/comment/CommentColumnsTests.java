package dev.inkwell.comment;

import dev.inkwell.support.MappedColumns;
import dev.inkwell.support.RowFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Comment's native reads names every mapped property's column, and
 * nothing else.
 */
class CommentColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(CommentRows.COLUMNS.names()).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Comment.class));
	}

	/**
	 * Every field of Comment resolved from its row says which costly columns it reads, so
	 * a read that leaves them out never leaves out what a selected field shows; a field
	 * another feature resolves by its own loader reads only the keys and is not named.
	 */
	@Test
	void shouldDeclareWhatEveryFieldResolvedFromTheRowReads() {
		assertThat(CommentRows.COLUMNS.fields())
			.containsExactlyInAnyOrderElementsOf(RowFields.of("Comment", Comment.class));
	}

}
