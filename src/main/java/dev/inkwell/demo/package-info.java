/**
 * The deterministic demo data set that makes a fresh server worth querying. Sits on top of the
 * features and writes plain SQL, as a data import would.
 */
package dev.inkwell.demo;
