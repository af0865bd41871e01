/**
 * Relay paging and identity shared by every feature: global IDs and {@code node(id:)}, cursor
 * connections with opaque keyset cursors, and the paging limits. Imports no feature package.
 */
package dev.inkwell.relay;
