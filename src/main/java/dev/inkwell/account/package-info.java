/**
 * Accounts: signing up and in (BCrypt hashes, HMAC-signed JWTs), the viewer of a request,
 * roles and the permission checks other features use ({@link dev.inkwell.account.Viewer},
 * {@link dev.inkwell.account.Permissions}). Depends on author only.
 */
package dev.inkwell.account;
