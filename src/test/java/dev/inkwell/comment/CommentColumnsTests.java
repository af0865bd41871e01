package dev.inkwell.comment;

import dev.inkwell.support.MappedColumns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Comment's native reads names every mapped property's column, and
 * nothing else.
 */
class CommentColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(CommentRows.COLUMNS).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Comment.class));
	}

}
