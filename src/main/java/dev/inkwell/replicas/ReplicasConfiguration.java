package dev.inkwell.replicas;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import graphql.GraphQLContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Read replicas, present only when {@code inkwell.datasource.replicas} names one: with
 * none, no bean here exists, the pool is not wrapped and a request does nothing it did
 * not do before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicasConfiguration.ReplicasConfigured.class)
class ReplicasConfiguration {

	/**
	 * Puts the routing DataSource in the primary pool's place, before any other wrapper
	 * (SQL capture, the tests' statement counter) so that those see the replicas'
	 * statements too.
	 */
	@Bean
	static BeanPostProcessor readRoutingDataSource(Environment environment) {
		return new RoutingPostProcessor(ReplicaProperties.of(environment));
	}

	@Bean
	ReadYourWrites readYourWrites(DataSource dataSource, ObjectProvider<Readers> readers, MeterRegistry meters)
			throws SQLException {
		ReplicaSet replicas = replicasOf(dataSource);
		return new ReadYourWrites(replicas, new WritePositions(replicas.primary()),
				readers.getIfAvailable(() -> Anonymous.READERS), meters);
	}

	@Bean(destroyMethod = "close")
	ReplicaMonitor replicaMonitor(DataSource dataSource, ReplicaProperties properties, MeterRegistry meters)
			throws SQLException {
		ReplicaSet replicas = replicasOf(dataSource);
		ReplicaMonitor monitor = new ReplicaMonitor(replicas, properties.replicaMaxLag(),
				new WritePositions(replicas.primary()));
		for (Replica replica : replicas.replicas()) {
			Gauge.builder("inkwell.datasource.replica.lag", replica, ReplicasConfiguration::lagSeconds)
				.description("How far a replica is behind the primary, in seconds (NaN: it takes no reads)")
				.tag("replica", replica.name())
				.baseUnit("seconds")
				.register(meters);
		}
		monitor.round();
		monitor.start();
		return monitor;
	}

	@Bean
	ReplicasHealthIndicator replicasHealthIndicator(DataSource dataSource) throws SQLException {
		return new ReplicasHealthIndicator(replicasOf(dataSource));
	}

	private static ReplicaSet replicasOf(DataSource dataSource) throws SQLException {
		return dataSource.unwrap(ReadRoutingDataSource.class).replicas();
	}

	private static double lagSeconds(Replica replica) {
		Replica.State state = replica.state();
		return state.usable() ? state.lagMillis() / 1000.0 : Double.NaN;
	}

	static final class RoutingPostProcessor implements BeanPostProcessor, PriorityOrdered {

		private final ReplicaProperties properties;

		RoutingPostProcessor(ReplicaProperties properties) {
			this.properties = properties;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof HikariDataSource primary) {
				return new ReadRoutingDataSource(ReplicaSet.open(primary, properties.replicas()));
			}
			return bean;
		}

		@Override
		public int getOrder() {
			return HIGHEST_PRECEDENCE;
		}

	}

	/** Without a package that knows the viewer, every reader is anonymous. */
	private enum Anonymous implements Readers {

		READERS;

		@Override
		public Long readerOf(GraphQLContext context) {
			return null;
		}

		@Override
		public Long writerOf(GraphQLContext context) {
			return null;
		}

	}

	static class ReplicasConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !ReplicaProperties.of(context.getEnvironment()).replicas().isEmpty();
		}

	}

}
