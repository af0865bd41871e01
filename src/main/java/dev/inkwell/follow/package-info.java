/**
 * Follows: who follows whom ({@code follow(authorId)}, {@code unfollow(authorId)}) and
 * the Author fields that list them ({@code followers}, {@code following},
 * {@code followerCount}), batched and paged per parent in one statement per level.
 * Depends on author and account.
 */
package dev.inkwell.follow;
