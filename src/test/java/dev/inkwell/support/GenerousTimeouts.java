package dev.inkwell.support;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Gives the GraphQL tester 30 s per response instead of its default 5 s: on a loaded
 * machine (CI, or builds running side by side) a cold first request can take longer, and
 * a test must fail for what it checks, never for how busy the machine was.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GenerousTimeouts implements BeanPostProcessor {

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HttpGraphQlTester tester) {
			return tester.mutate()
				.webTestClient(client -> client.responseTimeout(RESPONSE_TIMEOUT))
				.responseTimeout(RESPONSE_TIMEOUT)
				.build();
		}
		return bean;
	}

}
