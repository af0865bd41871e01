/**
 * Accounts: signing up and in (BCrypt hashes, HMAC-signed JWTs), the viewer of a request,
 * roles and the permission checks other features use ({@link dev.inkwell.account.Viewer},
 * {@link dev.inkwell.account.Permissions}); the flows that go through a mailbox
 * (confirming and changing the address, resetting the password) with one-time tokens kept
 * as hashes, the ending of older bearer tokens on a new password, and the sign-in and
 * mail-request limits kept in PostgreSQL. Depends on author only (and the shared mail,
 * config and database packages).
 */
package dev.inkwell.account;
