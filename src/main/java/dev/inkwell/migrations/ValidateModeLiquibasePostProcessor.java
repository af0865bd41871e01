package dev.inkwell.migrations;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Validate mode: Boot's Liquibase bean stays (so everything that waits for the migrations
 * still waits), but instead of updating it only checks that the database is exactly at
 * the changelog's version, and otherwise fails the start (see
 * {@link SchemaNotAtChangelogVersionFailureAnalyzer}).
 */
class ValidateModeLiquibasePostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			liquibase.setShouldRun(false);
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			SchemaVersion version = SchemaVersion.of(liquibase.getDataSource(), Changelog.load());
			if (!version.isCurrent()) {
				throw new SchemaNotAtChangelogVersionException(version);
			}
		}
		return bean;
	}

}
