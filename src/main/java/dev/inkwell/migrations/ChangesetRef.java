package dev.inkwell.migrations;

import liquibase.changelog.ChangeSet;

/**
 * One changeset as Liquibase identifies it: id, author and the file path stored in the
 * history.
 *
 * @param id the changeset's id ({@code 011})
 * @param author its author ({@code inkwell})
 * @param file the path Liquibase stores ({@code db/changelog/011-create-follow.sql})
 */
public record ChangesetRef(String id, String author, String file) {

	static ChangesetRef of(ChangeSet changeSet) {
		return new ChangesetRef(changeSet.getId(), changeSet.getAuthor(), changeSet.getStoredFilePath());
	}

	/** How people name it: {@code inkwell:011 (db/changelog/011-create-follow.sql)}. */
	@Override
	public String toString() {
		return this.author + ":" + this.id + " (" + this.file + ")";
	}

}
