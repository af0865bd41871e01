package dev.inkwell.replicas;

import javax.sql.DataSource;

import dev.inkwell.graphql.OperationStartListener;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code inkwell.datasource.replicas}, read routing does not exist: the pool is
 * not wrapped, no listener runs when an operation starts, nothing checks replicas. A
 * request pays nothing for the feature (the statement counts of the other tests hold as
 * they were).
 */
@InkwellIntegrationTest
class WithoutReplicasIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldLeaveThePoolAndTheRequestPathAsTheyAreWithoutReplicas() throws Exception {
		assertThat(dataSource.isWrapperFor(ReadRoutingDataSource.class)).isFalse();
		assertThat(context.getBeansOfType(OperationStartListener.class)).isEmpty();
		assertThat(context.getBeansOfType(ReplicaMonitor.class)).isEmpty();
		assertThat(context.getBeansOfType(ReplicasHealthIndicator.class)).isEmpty();
	}

}
