/**
 * Migrations the DBA controls: the {@code inkwell.migrations.mode} (apply or validate),
 * the {@code db} commands of the jar, drift detection, and the migrations' health and
 * info.
 */
package dev.inkwell.migrations;
