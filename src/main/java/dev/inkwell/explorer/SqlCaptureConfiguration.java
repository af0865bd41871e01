package dev.inkwell.explorer;

import javax.sql.DataSource;

import io.micrometer.context.ContextRegistry;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * SQL capture, present only when {@link SqlCaptureCondition} holds: with it off none of
 * these beans exist, so the pool is not wrapped and the hot path pays nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SqlCaptureCondition.class)
class SqlCaptureConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SqlCaptureConfiguration.class);

	static final String PROXY_NAME = "inkwell-sql-capture";

	/**
	 * Wraps the pool in a datasource-proxy that records into the current request's log.
	 */
	@Bean
	static BeanPostProcessor sqlCapturingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource dataSource) || isCapturing(bean)) {
					return bean;
				}
				SqlCaptureListener listener = new SqlCaptureListener();
				log.info(
						"SQL capture is on: GraphQL responses carry extensions.sql (inkwell.debug.sql=false turns it off)");
				return ProxyDataSourceBuilder.create(dataSource)
					.name(PROXY_NAME)
					.listener(listener)
					.methodListener(listener)
					.proxyResultSet()
					.build();
			}

		};
	}

	private static boolean isCapturing(Object bean) {
		return bean instanceof ProxyDataSource proxy && PROXY_NAME.equals(proxy.getProxyConfig().getDataSourceName());
	}

	@Bean
	FilterRegistrationBean<SqlCaptureFilter> sqlCaptureFilter() {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new SqlLogAccessor());
		FilterRegistrationBean<SqlCaptureFilter> registration = new FilterRegistrationBean<>(new SqlCaptureFilter());
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	WebGraphQlInterceptor sqlExtensionInterceptor() {
		return new SqlExtensionInterceptor();
	}

}
