package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps threads well-formed and its counters exact, whoever writes and
 * however concurrently.
 */
@InkwellIntegrationTest
class CommentIntegrityIntegrationTests {

	private static final OffsetDateTime START = OffsetDateTime.of(2170, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	TestData data;

	@Test
	void shouldRefuseAParentFromAnotherPost() {
		long author = data.author("integrity");
		long post = data.post(author, "One", START);
		long other = data.post(author, "Other", START);
		long parent = data.comment(other, author, null, START);

		assertThatThrownBy(() -> data.comment(post, author, parent, START))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void shouldRefuseToMoveACommentWhichCouldMakeACycle() {
		long author = data.author("cycle");
		long post = data.post(author, "Cycle", START);
		long top = data.comment(post, author, null, START);
		long reply = data.comment(post, author, top, START.plusMinutes(1));

		assertThatThrownBy(() -> data.jdbc().update("update comment set parent_id = ? where id = ?", reply, top))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> data.jdbc().update("update comment set parent_id = id where id = ?", top))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void shouldKeepDepthFromTheParent() {
		long author = data.author("depth");
		long post = data.post(author, "Depth", START);
		long top = data.comment(post, author, null, START);
		long reply = data.comment(post, author, top, START);
		long nested = data.comment(post, author, reply, START);

		assertThat(data.jdbc()
			.queryForList("select depth from comment where id in (?, ?, ?) order by depth", Integer.class, top, reply,
					nested))
			.containsExactly(0, 1, 2);
	}

	@Test
	void shouldKeepCountersExactUnderConcurrentInsertsAndDeletes() throws Exception {
		JdbcTemplate jdbc = data.jdbc();
		long author = data.author("counters");
		long post = data.post(author, "Busy", START);
		List<Long> tops = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			tops.add(data.comment(post, author, null, START));
		}
		// Eight writers add replies and posts and delete some of their own, all at once.
		ExecutorService writers = Executors.newFixedThreadPool(8);
		List<Future<int[]>> done = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			Random random = new Random(w);
			done.add(writers.submit(() -> {
				List<Long> replies = new ArrayList<>();
				List<Long> posts = new ArrayList<>();
				for (int i = 0; i < 40; i++) {
					replies
						.add(data.comment(post, author, tops.get(random.nextInt(tops.size())), START.plusSeconds(i)));
					posts.add(data.post(author, "Concurrent", START));
					if (i % 3 == 0) {
						jdbc.update("delete from comment where id = ?", replies.remove(random.nextInt(replies.size())));
						jdbc.update("delete from post where id = ?", posts.remove(random.nextInt(posts.size())));
					}
				}
				return new int[] { replies.size(), posts.size() };
			}));
		}
		int replies = 0;
		int posts = 0;
		for (Future<int[]> writer : done) {
			int[] kept = writer.get();
			replies += kept[0];
			posts += kept[1];
		}
		writers.shutdown();

		assertThat(jdbc.queryForObject("select comment_count from post where id = ?", Integer.class, post))
			.isEqualTo(jdbc.queryForObject("select count(*) from comment where post_id = ?", Integer.class, post))
			.isEqualTo(5 + replies);
		assertThat(jdbc.queryForList("""
				select c.reply_count - (select count(*) from comment r where r.parent_id = c.id)
				from comment c where c.post_id = ?
				""", Integer.class, post)).containsOnly(0);
		assertThat(jdbc.queryForObject("select post_count from author where id = ?", Integer.class, author))
			.isEqualTo(jdbc.queryForObject("select count(*) from post where author_id = ?", Integer.class, author))
			.isEqualTo(1 + posts);
	}

}
