package dev.inkwell.post;

import dev.inkwell.support.MappedColumns;
import dev.inkwell.support.SchemaFields;
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
	 * Every field of Post says which costly columns it reads, so a read that leaves them
	 * out never leaves out what a selected field shows.
	 */
	@Test
	void shouldDeclareWhatEveryFieldOfPostReads() {
		assertThat(PostRows.COLUMNS.fields()).containsExactlyInAnyOrderElementsOf(SchemaFields.of("Post"));
	}

}
