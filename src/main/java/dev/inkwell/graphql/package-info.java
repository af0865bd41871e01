/**
 * GraphQL wiring shared by every feature that fits no narrower package: the limits and
 * documents properties, scalars, data fetchers computed from their source alone, the
 * start-up check that every schema field has a fetcher, and the hooks a feature
 * implements to hear of an execution's end or to admit a WebSocket. Where Inkwell
 * replaces Spring's or graphql-java's defaults is {@code dev.inkwell.overrides}. Imports
 * no feature package.
 */
package dev.inkwell.graphql;
