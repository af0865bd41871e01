package dev.inkwell.post;

/** The owner of a viewer's feed connection, so that PostConnection.totalCount counts the feed. */
record FeedOwner(long viewerId) {
}
