package dev.inkwell.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The numbers issue 5 asks for at scale 1, without a database. */
class SeedPlanTests {

	@Test
	void shouldPlanTheScaleOneBlog() {
		SeedPlan plan = SeedPlan.of(1);

		assertThat(plan.authors()).isEqualTo(2_000);
		assertThat(plan.posts()).isEqualTo(50_000);
		assertThat(plan.comments()).isEqualTo(500_000);
		assertThat(plan.levels().get(0)).isEqualTo(166_667);
		assertThat(plan.levels().size() - 1).as("deepest reply level").isGreaterThanOrEqualTo(25);
		assertThat(plan.levels().subList(20, plan.levels().size()).stream().mapToInt(Integer::intValue).sum())
			.as("replies 20 or more deep")
			.isGreaterThan(100);
	}

	@Test
	void shouldPlanTheSameDeepThreadAtEveryScale() {
		for (double scale : new double[] { 0.01, 1, 3 }) {
			SeedPlan plan = SeedPlan.of(scale);
			assertThat(plan.deepLevels().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5_000);
			assertThat(plan.deepLevels()).hasSize(201);
			assertThat(plan.deepThreadPostId()).isEqualTo(plan.posts() + 1);
		}
	}

	@Test
	void shouldPlanTheDemoBlogAsTheSameShapeInSmall() {
		SeedPlan demo = SeedPlan.demo();

		assertThat(demo.authors()).isEqualTo(20);
		assertThat(demo.totalPosts()).isEqualTo(200);
		assertThat(demo.totalComments()).isEqualTo(3_000);
		assertThat(demo.levels().size() - 1).as("deepest reply level of the ordinary threads")
			.isGreaterThanOrEqualTo(10);
		assertThat(demo.deepThreadComments()).isEqualTo(300);
		assertThat(demo.deepThreadDepth()).isEqualTo(30);
	}

	@Test
	void shouldRefuseScalesOutOfRange() {
		assertThatThrownBy(() -> SeedPlan.of(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SeedPlan.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SeedPlan.of(101)).isInstanceOf(IllegalArgumentException.class);
	}

}
