/**
 * Where Inkwell overrides the framework's defaults: every place it leaves Spring for
 * GraphQL's or graphql-java's default path, each for a gain an ADR measured. The
 * execution strategy (fields collected once), the response map, the one instrumentation
 * (others composed with it), the HTTP handler with its execution threads and responses
 * written by the thread that ends the execution, and the WebSocket handler that delivers
 * its close frames and queues its sends on shared threads. {@code docs/architecture.md}
 * tables each with its ADR, its guard test and what it turns off. No other package
 * imports this one: remove a class here and its bean, and Spring's default path serves
 * again. Imports no feature package.
 */
package dev.inkwell.overrides;
