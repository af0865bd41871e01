package dev.inkwell.relay;

/**
 * An edge of a paged relationship field: the node and its position in the keyset the
 * child query pages by, read from the same row. The cursor is that position, so a list
 * reached through a link table pages by the link's keyset, whatever the node is.
 */
public record KeysetEdge<N>(N node, TimeKeyCursor position) implements Edge<N> {

	/**
	 * Encoded only when asked for: most reads select nodes only.
	 */
	@Override
	public String cursor() {
		return position.encode();
	}

}
