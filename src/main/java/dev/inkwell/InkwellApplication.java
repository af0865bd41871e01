package dev.inkwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Inkwell: a Postgres-first GraphQL server for a blog. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InkwellApplication {

	public static void main(String[] args) {
		SpringApplication.run(InkwellApplication.class, args);
	}

}
