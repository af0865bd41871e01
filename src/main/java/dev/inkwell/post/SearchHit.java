package dev.inkwell.post;

/** A post that matches a search, how well (ts_rank), and an excerpt with the matches marked. */
record SearchHit(Post node, float rank, String snippet) {
}
