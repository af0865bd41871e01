package dev.inkwell.live;

/**
 * What happened to a comment or post; the outbox's triggers derive it from the change.
 */
public enum EventKind {

	ADDED, EDITED, DELETED, HIDDEN, SHOWN

}
