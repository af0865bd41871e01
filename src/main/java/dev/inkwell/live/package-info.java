/**
 * Live updates: GraphQL subscriptions (graphql-ws and SSE) fed by the database's event
 * outbox through one LISTEN connection per instance, resumable by cursor (ADR 017).
 */
package dev.inkwell.live;
