/**
 * GraphQL over HTTP as its specification has it: reading a request from GET parameters or
 * a POST body, routing GETs, wrong media types and other methods, clear 4xx responses to
 * requests that are not GraphQL requests, in the shape of a GraphQL response, and safe
 * cache headers. The handler that runs a request, with its threads and timeout, replaces
 * Spring's and so lives in {@code dev.inkwell.overrides}. Imports no feature package.
 */
package dev.inkwell.transport;
