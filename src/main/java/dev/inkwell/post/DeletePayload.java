package dev.inkwell.post;

/**
 * What a deletion answers: the global ID of what is gone, so a client can drop it from
 * its cache.
 */
record DeletePayload(String deletedId) {
}
