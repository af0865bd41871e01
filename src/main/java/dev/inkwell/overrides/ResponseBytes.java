package dev.inkwell.overrides;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of an encoded response, kept in chunks that are never copied: a
 * {@code ByteArrayOutputStream} doubles its array and copies what it holds each time it
 * grows, then copies all of it once more for {@code toByteArray()}; a 1.1 MB thread
 * allocated about 3 MB that way (a tenth of its request's allocation). The first chunk
 * holds most responses of a page; each next one is twice as large, up to 256 KB.
 */
final class ResponseBytes extends OutputStream {

	private static final int FIRST_CHUNK = 16 * 1024;

	private static final int LARGEST_CHUNK = 256 * 1024;

	private final List<byte[]> full = new ArrayList<>();

	private byte[] current = new byte[FIRST_CHUNK];

	private int used;

	private int size;

	@Override
	public void write(int b) {
		if (used == current.length) {
			next();
		}
		current[used++] = (byte) b;
		size++;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) {
		while (length > 0) {
			if (used == current.length) {
				next();
			}
			int copied = Math.min(length, current.length - used);
			System.arraycopy(bytes, offset, current, used, copied);
			used += copied;
			offset += copied;
			length -= copied;
			size += copied;
		}
	}

	private void next() {
		full.add(current);
		current = new byte[Math.min(current.length * 2, LARGEST_CHUNK)];
		used = 0;
	}

	/** How many bytes were written. */
	int size() {
		return size;
	}

	/** Writes the bytes to {@code out}, chunk by chunk. */
	void writeTo(OutputStream out) throws IOException {
		for (byte[] chunk : full) {
			out.write(chunk);
		}
		out.write(current, 0, used);
	}

	/** The bytes as one array (a copy). */
	byte[] toByteArray() {
		byte[] bytes = new byte[size];
		int at = 0;
		for (byte[] chunk : full) {
			System.arraycopy(chunk, 0, bytes, at, chunk.length);
			at += chunk.length;
		}
		System.arraycopy(current, 0, bytes, at, used);
		return bytes;
	}

}
