/**
 * GraphQL over HTTP as its specification has it: GET for queries, POST for everything,
 * the {@code application/graphql-response+json} media type with its status codes, clear
 * 4xx answers to requests that are not GraphQL requests, safe cache headers, and the
 * overall request timeout. Imports no feature package.
 */
package dev.inkwell.transport;
