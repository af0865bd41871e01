/**
 * Relay paging and identity shared by every feature: global IDs and {@code node(id:)},
 * cursor connections with opaque keyset cursors, the paging limits, and the one
 * per-parent paging mechanism (a relationship's {@link dev.inkwell.relay.ChildQuery}
 * turned into one statement per level by {@link dev.inkwell.relay.FieldWiring}, counted
 * by its own count loader). Imports no feature package.
 */
package dev.inkwell.relay;
