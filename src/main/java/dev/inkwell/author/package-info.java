/**
 * Authors: the people who write. Owns the {@code author} aggregate, its lookups and the
 * Author fields that need nothing else; it knows nothing of posts or comments.
 */
package dev.inkwell.author;
