package dev.inkwell.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port over the test JVM's embedded PostgreSQL, with an
 * HttpGraphQlTester and a statement counter. Every integration test shares this one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import({ StatementCounter.class, TestData.class, FreshDatabases.class, Accounts.class, GenerousTimeouts.class,
		MailInOutbox.class })
public @interface InkwellIntegrationTest {

}
