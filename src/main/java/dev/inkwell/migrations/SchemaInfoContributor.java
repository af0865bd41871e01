package dev.inkwell.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.io.ClassPathResource;

/**
 * /actuator/info's {@code schema} (SHA-256 of the served schema.graphqls, so a client can
 * tell two deployments' contracts apart) and {@code changelog} (the version this server
 * expects and the one the database is at); {@code build.version} comes from Boot's build
 * info.
 */
class SchemaInfoContributor implements InfoContributor {

	static final String SCHEMA = "graphql/schema.graphqls";

	private final String schemaHash = sha256(SCHEMA);

	private final Changelog changelog;

	private final DataSource dataSource;

	SchemaInfoContributor(Changelog changelog, DataSource dataSource) {
		this.changelog = changelog;
		this.dataSource = dataSource;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("schema", Map.of("file", "schema.graphqls", "sha256", this.schemaHash));
		Map<String, Object> changelog = new LinkedHashMap<>();
		changelog.put("version", this.changelog.version());
		changelog.put("changesets", this.changelog.size());
		SchemaVersion version = SchemaVersion.of(this.dataSource, this.changelog);
		changelog.put("databaseVersion", version.lastApplied().map(ChangesetRef::id).orElse("none"));
		version.tag().ifPresent(tag -> changelog.put("databaseTag", tag));
		builder.withDetail("changelog", changelog);
	}

	static String sha256(String classpathResource) {
		try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
