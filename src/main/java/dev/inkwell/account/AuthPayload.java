package dev.inkwell.account;

import dev.inkwell.author.Author;

/** What register and login answer: a bearer token and the author it signs in. */
record AuthPayload(String token, Author viewer) {
}
