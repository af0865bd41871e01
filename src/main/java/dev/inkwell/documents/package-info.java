/**
 * Persisted and trusted documents: clients send a document's SHA-256 id instead of its
 * text (Apollo's {@code extensions.persistedQuery.sha256Hash} or a Relay-style
 * {@code documentId}), and in {@code trusted} mode only documents an operator put in
 * {@code inkwell.graphql.documents-location} run at all. Imports no feature package.
 */
package dev.inkwell.documents;
