package dev.inkwell.follow;

/** What a follow connection lists, so that its totalCount can be counted later for a whole level. */
record FollowOwner(long authorId, Direction direction) {
}
