/**
 * GraphQL wiring shared by every feature that fits no narrower package: scalars and
 * trivial data fetchers. Imports no feature package.
 */
package dev.inkwell.graphql;
