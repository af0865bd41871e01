/**
 * Comments and threads: the comment aggregate, its relationships to posts, authors and
 * other comments (both directions, as the comment holds the foreign keys), and recursive
 * threads read with one {@code WITH RECURSIVE} statement.
 */
package dev.inkwell.comment;
