package dev.inkwell.config;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the server as a whole.
 *
 * @param publicUrl the address people reach the site at: links in mail are built on it
 * ({@code <public-url>/confirm-email?token=…},
 * {@code <public-url>/reset-password?token=…})
 */
@ConfigurationProperties("inkwell")
public record InkwellProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {

	/** The public URL with {@code path} appended (no doubled slash). */
	public String link(String path) {
		String base = publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
