package dev.inkwell.post;

import dev.inkwell.support.MappedColumns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one column list of Post's native reads names every mapped property's column, and
 * nothing else.
 */
class PostColumnsTests {

	@Test
	void shouldSelectExactlyTheMappedColumns() {
		assertThat(PostRows.COLUMNS).containsExactlyInAnyOrderElementsOf(MappedColumns.of(Post.class));
	}

}
