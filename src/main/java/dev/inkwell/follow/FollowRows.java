package dev.inkwell.follow;

import dev.inkwell.relay.ChildQuery;

/** The follow table as other features' lists reach through it. */
public final class FollowRows {

	private FollowRows() {
	}

	/**
	 * A list under an author (e.g. an author's posts) merged over the authors a follower
	 * follows: the parent of the result is the follower, reached by
	 * follow_follower_newest.
	 */
	public static ChildQuery followedBy(ChildQuery underAuthor) {
		return underAuthor.through("follow f", "f.follower_id", "f.followed_id");
	}

}
