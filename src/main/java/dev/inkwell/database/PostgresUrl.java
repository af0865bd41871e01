package dev.inkwell.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code postgres://user:password@host:port/db?sslmode=require} URL, the form hosting
 * platforms hand out, as a JDBC URL and the user and password it names (null when it
 * names none).
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:port/db?…}
 * @param username the user, or null
 * @param password the password, or null
 */
public record PostgresUrl(String jdbcUrl, String username, String password) {

	/** Parses a {@code postgres://} or {@code postgresql://} URL. */
	public static PostgresUrl parse(String url) {
		URI uri = URI.create(url.trim());
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new IllegalArgumentException(
					"A database URL must look like postgres://user:password@host:port/database");
		}
		if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
			throw new IllegalArgumentException(
					"A database URL needs a host and a database name: postgres://user:password@host:port/database");
		}
		String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
				+ uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
		String userInfo = uri.getRawUserInfo();
		if (userInfo == null) {
			return new PostgresUrl(jdbcUrl, null, null);
		}
		int colon = userInfo.indexOf(':');
		return new PostgresUrl(jdbcUrl, decode(colon < 0 ? userInfo : userInfo.substring(0, colon)),
				colon < 0 ? null : decode(userInfo.substring(colon + 1)));
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
