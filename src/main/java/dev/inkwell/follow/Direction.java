package dev.inkwell.follow;

/** Which side of the follow table a list starts from. */
enum Direction {

	/** Authors who follow the parent: {@code Author.followers}. */
	FOLLOWERS,
	/** Authors the parent follows: {@code Author.following}. */
	FOLLOWING

}
