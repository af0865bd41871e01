package dev.inkwell.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * How many rows a scale makes. Scale 1: 2,000 authors, 50,000 posts, 500,000 comments (a
 * third top-level, each level of replies two thirds the size of the one above, so chains
 * reach 25+ deep), plus the newest post with one thread of 5,000 comments 200 deep,
 * whatever the scale. The demo plan is the same blog in small: 20 authors, 200 posts,
 * 3,000 comments, the newest post's thread 30 deep.
 *
 * @param scale the requested scale
 * @param authors number of authors
 * @param posts number of ordinary posts (the deep-thread post comes on top)
 * @param levels comments per depth of the ordinary posts: index 0 is top-level
 * @param deepLevels comments per depth of the deep thread
 */
record SeedPlan(double scale, int authors, int posts, List<Integer> levels, List<Integer> deepLevels) {

	static final int AUTHORS_AT_SCALE_1 = 2_000;

	static final int POSTS_AT_SCALE_1 = 50_000;

	static final int COMMENTS_AT_SCALE_1 = 500_000;

	static final int DEEP_THREAD_COMMENTS = 5_000;

	static final int DEEP_THREAD_DEPTH = 200;

	static final int DEMO_AUTHORS = 20;

	/** Ordinary demo posts; the deep-thread post makes 200. */
	static final int DEMO_POSTS = 199;

	/** Comments of the ordinary demo posts; the deep thread's 300 make 3,000. */
	static final int DEMO_COMMENTS = 2_700;

	/**
	 * Each level of replies is this fraction of the level above: 1/3 top-level then makes
	 * 2/3 replies.
	 */
	private static final double REPLY_RATIO = 2.0 / 3.0;

	static SeedPlan of(double scale) {
		if (!(scale > 0) || scale > 100) {
			throw new IllegalArgumentException("inkwell.seed.scale must be above 0 and at most 100, was " + scale);
		}
		int authors = Math.max(2, (int) Math.round(AUTHORS_AT_SCALE_1 * scale));
		int posts = Math.max(2, (int) Math.round(POSTS_AT_SCALE_1 * scale));
		int comments = Math.max(3, (int) Math.round(COMMENTS_AT_SCALE_1 * scale));
		return new SeedPlan(scale, authors, posts, commentLevels(comments),
				threadLevels(DEEP_THREAD_COMMENTS, DEEP_THREAD_DEPTH, 200));
	}

	/**
	 * The demo blog: the benchmark's content and shape at the size of a first look (scale
	 * reported as 0).
	 */
	static SeedPlan demo() {
		return new SeedPlan(0, DEMO_AUTHORS, DEMO_POSTS, commentLevels(DEMO_COMMENTS), threadLevels(300, 30, 60));
	}

	/**
	 * Top-level a third, then geometric levels; what rounding leaves over goes to the
	 * first replies.
	 */
	static List<Integer> commentLevels(int comments) {
		int topLevel = (int) Math.round(comments / 3.0);
		List<Integer> levels = new ArrayList<>(List.of(topLevel));
		int replies = comments - topLevel;
		int planned = 0;
		for (int depth = 1;; depth++) {
			int size = (int) Math.floor(topLevel * Math.pow(REPLY_RATIO, depth));
			if (size < 1 || planned + size > replies) {
				break;
			}
			levels.add(size);
			planned += size;
		}
		if (levels.size() == 1) {
			levels.add(0);
		}
		levels.set(1, levels.get(1) + replies - planned);
		return List.copyOf(levels);
	}

	/**
	 * One thread of {@code comments}: {@code topLevel} comments (plus what division
	 * leaves over), then the same number on each of the {@code depth} levels below. At
	 * the benchmark's 5,000, 200 deep: 200 top-level and 24 per level.
	 */
	static List<Integer> threadLevels(int comments, int depth, int topLevel) {
		int perLevel = (comments - topLevel) / depth;
		List<Integer> levels = new ArrayList<>(List.of(comments - perLevel * depth));
		for (int level = 1; level <= depth; level++) {
			levels.add(perLevel);
		}
		return List.copyOf(levels);
	}

	int comments() {
		return levels.stream().mapToInt(Integer::intValue).sum();
	}

	int deepThreadComments() {
		return deepLevels.stream().mapToInt(Integer::intValue).sum();
	}

	int deepThreadDepth() {
		return deepLevels.size() - 1;
	}

	int deepThreadPostId() {
		return posts + 1;
	}

	/** Every post, the deep-thread post included. */
	int totalPosts() {
		return posts + 1;
	}

	/** Every comment, the deep thread's included. */
	int totalComments() {
		return comments() + deepThreadComments();
	}

}
