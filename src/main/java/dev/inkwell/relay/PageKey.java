package dev.inkwell.relay;

/**
 * One parent's page of a list under a list, as one field asks for it: the key of a page
 * loader. The same parent may be asked for two pages in one request (aliases), so the
 * page is part of it.
 */
public record PageKey(long parentId, Page page, TimeKeyCursor after) {

	/**
	 * The key of {@code page} under {@code parentId}; a cursor from elsewhere is the
	 * client's error.
	 */
	public static PageKey of(long parentId, Page page) {
		return new PageKey(parentId, page, TimeKeyCursor.decode(page.after()));
	}

}
