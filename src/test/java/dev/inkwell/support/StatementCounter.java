package dev.inkwell.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records every SQL statement the server sends, through a datasource-proxy around the
 * pool, so tests can prove that a GraphQL request costs a fixed number of statements.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

	private static final String COUNTED = "counted";

	private final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		// The explorer's SQL capture may have wrapped the pool already: wrap that too,
		// but never twice.
		if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource proxy
				&& COUNTED.equals(proxy.getProxyConfig().getDataSourceName()))) {
			return ProxyDataSourceBuilder.create(dataSource).name(COUNTED).listener(this).build();
		}
		return bean;
	}

	/** Runs {@code action} and returns the SQL statements it sent, in order. */
	public List<String> statementsOf(Runnable action) {
		synchronized (this) {
			statements.clear();
			action.run();
			return List.copyOf(statements);
		}
	}

	/**
	 * Like {@link #statementsOf(Runnable)} for an action with a result the test also
	 * checks.
	 */
	public <T> Counted<T> count(Supplier<T> action) {
		synchronized (this) {
			statements.clear();
			T result = action.get();
			return new Counted<>(result, List.copyOf(statements));
		}
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		queryInfoList.forEach(query -> statements.add(query.getQuery()));
	}

	/** A result and the statements that produced it. */
	public record Counted<T>(T result, List<String> statements) {
	}

}
