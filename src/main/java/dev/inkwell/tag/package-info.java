/**
 * Tags on posts: the {@code tag} and {@code post_tag} tables, {@code Query.tag},
 * {@code Query.tags}, {@code Post.tags}, {@code Tag.posts} and {@code setPostTags}.
 * Depends on post (and account for who may tag); post knows nothing of tags.
 */
package dev.inkwell.tag;
