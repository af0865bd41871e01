package dev.inkwell.graphql;

/**
 * Which documents the server runs ({@code inkwell.graphql.documents}, trusted documents
 * in documents/).
 */
public enum DocumentsMode {

	/**
	 * Any document text; ids are not taken (PERSISTED_QUERY_NOT_SUPPORTED, so Apollo's
	 * link sends text).
	 */
	OPEN,
	/**
	 * Document text and ids of stored documents; a text sent with its id is remembered
	 * for later ids.
	 */
	PERSISTED,
	/**
	 * Only ids of the documents in the directory; any text is
	 * PERSISTED_QUERY_NOT_ALLOWED.
	 */
	TRUSTED

}
