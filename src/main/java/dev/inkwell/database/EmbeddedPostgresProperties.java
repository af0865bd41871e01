package dev.inkwell.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no database is configured.
 *
 * @param dataDir where the cluster keeps its files; kept across restarts unless ephemeral
 * @param port the port to listen on; 0 picks a free one
 * @param ephemeral a throw-away cluster in a temporary folder with fsync off (tests)
 */
@ConfigurationProperties("inkwell.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue(".data/postgres") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean ephemeral) {
}
