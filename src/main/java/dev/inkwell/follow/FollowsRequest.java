package dev.inkwell.follow;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;

/** One author's page of followers or followings, as one field asks for it: a batch loader key. */
record FollowsRequest(long authorId, Direction direction, Page page, TimeKeyCursor after) {
}
