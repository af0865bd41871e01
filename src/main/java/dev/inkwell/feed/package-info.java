/**
 * The feed: the posts of the authors a viewer follows, newest first. It depends on post
 * (the posts of an author as a list) and follow (the link from a viewer to the authors
 * followed).
 */
package dev.inkwell.feed;
