package dev.inkwell.follow;

import java.time.OffsetDateTime;

import dev.inkwell.author.Author;

/** One entry of a follow list: the author on the other side and when the follow began. */
record Follow(Author author, OffsetDateTime followedAt) {
}
