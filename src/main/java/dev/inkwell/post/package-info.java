/**
 * Posts and the author ⇄ post relationship in both directions ({@code Post.author} and
 * {@code Author.posts}), because the post holds the foreign key. Every list is batched:
 * one SQL statement per level of a GraphQL query, whatever the number of parents. Writing
 * posts asks account's {@code Permissions}; the feed reads the follow table in SQL only.
 */
package dev.inkwell.post;
