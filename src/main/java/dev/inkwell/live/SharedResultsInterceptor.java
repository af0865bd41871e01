package dev.inkwell.live;

import java.util.List;

import graphql.ExecutionResult;
import org.dataloader.DataLoaderRegistry;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Gives a multiplexed subscription its stream: what its own execution yields (the events
 * it missed, when it resumes) followed by its group's shared results. Both transports
 * write a {@link SharedResult}'s JSON as it is.
 * <p>
 * Once its own execution is over, the subscription lets go of its DataLoaders, both
 * Spring's registry and the copy graphql-java executes with (Spring's observation
 * instrumentation wraps every loader): the group resolves every later event in an
 * execution of its own, and the subscription's execution lives as long as the
 * subscription does (its {@code graphql.request} observation holds it). Kept, they were
 * about 24 KB per subscription, 38 % of the heap per connection (ADR 042).
 */
@Component
class SharedResultsInterceptor implements WebGraphQlInterceptor {

	private final SubscriptionErrors errors;

	SharedResultsInterceptor(SubscriptionErrors errors) {
		this.errors = errors;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			Membership member = response.getExecutionInput().getGraphQLContext().get(LiveGroups.MEMBERSHIP_KEY);
			if (member == null || !(response.getData() instanceof Publisher<?> own)) {
				return response;
			}
			DataLoaderRegistry registered = response.getExecutionInput().getDataLoaderRegistry();
			@SuppressWarnings("unchecked")
			Flux<ExecutionResult> catchUp = Flux.from((Publisher<ExecutionResult>) own).doFinally(signal -> {
				release(registered);
				release(member.ownLoaders());
			});
			Flux<ExecutionResult> shared = Flux.defer(member::shared)
				.cast(ExecutionResult.class)
				.onErrorMap(ex -> !(ex instanceof SubscriptionPublisherException), ex -> failure(member, ex));
			if (!(request instanceof WebSocketGraphQlRequest)) {
				// SSE writes block on a slow client: not on the group's thread.
				shared = shared.publishOn(Schedulers.boundedElastic(), 32);
			}
			Flux<ExecutionResult> stream = catchUp.concatWith(shared).doFinally(signal -> member.leave());
			return response.transform(builder -> builder.data(stream));
		});
	}

	private static void release(DataLoaderRegistry loaders) {
		for (String name : List.copyOf(loaders.getKeys())) {
			loaders.unregister(name);
		}
	}

	private SubscriptionPublisherException failure(Membership member, Throwable ex) {
		var error = errors.resolveToSingleError(new SubscriptionErrors.FieldFailure(member.field(), ex));
		return new SubscriptionPublisherException(List.of(error), ex);
	}

}
