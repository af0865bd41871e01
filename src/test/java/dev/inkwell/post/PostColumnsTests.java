package dev.inkwell.post;

import dev.inkwell.support.MappedColumns;
import dev.inkwell.support.RowFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Post's native reads names every mapped property's column, and
 * nothing else.
 */
class PostColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(PostRows.COLUMNS.names()).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Post.class));
	}

	/**
	 * Every field of Post resolved from its row says which costly columns it reads, so a
	 * read that leaves them out never leaves out what a selected field shows; a field
	 * another feature resolves by its own loader reads only the keys and is not named.
	 */
	@Test
	void shouldDeclareWhatEveryFieldResolvedFromTheRowReads() {
		assertThat(PostRows.COLUMNS.fields()).containsExactlyInAnyOrderElementsOf(RowFields.of("Post", Post.class));
	}

}
