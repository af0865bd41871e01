package dev.inkwell.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.inkwell.account.Viewer;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Multiplexed subscriptions: subscribers whose subscriptions are the same (document,
 * variables other than the cursor, field and its post or author, and the audience: the
 * viewer's role, plus the viewer when the document selects a field only its owner may
 * see) form one group. The group is one subscriber of the {@link EventHub}; it executes
 * each event once, serializes the result once ({@link SharedResult}) and hands it to
 * every member. A member with {@code after:} first catches up on its own, then takes the
 * group's results after the position it joined at (ADR 040).
 */
@Component
class LiveGroups implements DisposableBean {

	/**
	 * The GraphQL context key of the event a group's execution resolves (the field then
	 * returns just that event).
	 */
	static final String EVENT_KEY = "inkwell.live.groupEvent";

	/**
	 * The GraphQL context key of the {@link Membership} a subscription field made, read
	 * by {@link SharedResultsInterceptor}.
	 */
	static final String MEMBERSHIP_KEY = "inkwell.live.membership";

	private static final Logger log = LoggerFactory.getLogger(LiveGroups.class);

	private final EventHub hub;

	/**
	 * Lazily: the service is built from the controllers, this among their dependencies.
	 */
	private final ObjectProvider<ExecutionGraphQlService> graphQl;

	private final SubscriptionProperties properties;

	private final Object lock = new Object();

	private final Map<Key, Group> groups = new HashMap<>();

	private final AtomicLong executions = new AtomicLong();

	private final ThreadPoolExecutor executionPool = executionPool();

	private final Scheduler executionThreads = Schedulers.fromExecutor(executionPool::execute);

	LiveGroups(EventHub hub, ObjectProvider<ExecutionGraphQlService> graphQl, SubscriptionProperties properties) {
		this.hub = hub;
		this.graphQl = graphQl;
		this.properties = properties;
	}

	/**
	 * What of a subscription's request a group shares, or null when it cannot be shared:
	 * its cursor is written into the document (a literal) or declared non-null.
	 */
	static Shape shape(DataFetchingEnvironment env) {
		String cursorVariable = null;
		for (Argument argument : env.getField().getArguments()) {
			if (argument.getName().equals("after")) {
				if (!(argument.getValue() instanceof VariableReference reference)) {
					return null;
				}
				cursorVariable = reference.getName();
			}
		}
		String cursor = cursorVariable;
		boolean nonNullCursor = cursor != null && env.getOperationDefinition()
			.getVariableDefinitions()
			.stream()
			.anyMatch(definition -> definition.getName().equals(cursor) && definition.getType() instanceof NonNullType);
		if (nonNullCursor) {
			return null;
		}
		Map<String, Object> variables = new LinkedHashMap<>(env.getVariables());
		if (cursor != null) {
			variables.put(cursor, null);
		}
		return new Shape(AstPrinter.printAstCompact(env.getDocument()), env.getOperationDefinition().getName(),
				variables, mentions(env.getDocument(), "email"));
	}

	/**
	 * The viewer's part of the GraphQL context, which the group's executions run with.
	 */
	static Map<String, Object> viewerContext(GraphQLContext context) {
		Map<String, Object> values = new HashMap<>();
		for (String key : new String[] { Viewer.CONTEXT_KEY, Viewer.CLIENT_ADDRESS_KEY }) {
			Object value = context.get(key);
			if (value != null) {
				values.put(key, value);
			}
		}
		return values;
	}

	/**
	 * Joins {@code member} to its group (made and registered with the hub if it is the
	 * first) and returns the position after which the group's results reach it.
	 */
	long join(Key key, Predicate<Event> visible, Membership member, Long after, Runnable release,
			Map<String, Object> context) {
		synchronized (lock) {
			Group group = groups.get(key);
			if (group == null) {
				group = new Group(key, visible, context);
				groups.put(key, group);
				group.start();
			}
			return group.join(member, after, release);
		}
	}

	@Override
	public void destroy() {
		executionPool.shutdownNow();
	}

	/**
	 * Up to four threads for the groups' executions, started on demand, ended after 30
	 * idle seconds.
	 */
	private static ThreadPoolExecutor executionPool() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("live-group-");
		threads.setDaemon(true);
		ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				threads);
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	/** Executions of group events so far (tests compare it with events times members). */
	long executions() {
		return executions.get();
	}

	/** Groups alive now. */
	int size() {
		synchronized (lock) {
			return groups.size();
		}
	}

	private static boolean mentions(Node<?> node, String fieldName) {
		if (node instanceof Field field && field.getName().equals(fieldName)) {
			return true;
		}
		for (Node<?> child : node.getChildren()) {
			if (mentions(child, fieldName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A subscription request as its group shares it: the document, the operation, and the
	 * variables with the cursor's set to null (a group has no cursor of its own).
	 */
	record Shape(String document, String operationName, Map<String, Object> variables, boolean ownerOnlyFields) {
	}

	/**
	 * What makes subscribers one group; {@code audience} is the role (null: anonymous)
	 * and the viewer when owner-only fields are selected.
	 */
	record Key(String field, Subscriber.Interest interest, Object audience, Shape shape) {
	}

	/**
	 * One group: its hub subscriber, its members, and the position of the last result it
	 * handed them.
	 */
	final class Group {

		private final Key key;

		private final Map<String, Object> context;

		private final Subscriber subscriber;

		private final Set<Membership> members = new HashSet<>();

		private long published;

		private Disposable pipeline;

		Group(Key key, Predicate<Event> visible, Map<String, Object> context) {
			this.key = key;
			this.context = context;
			this.subscriber = new Subscriber(key.interest(), visible, properties.bufferSize(), this::memberCount);
		}

		private void start() {
			published = hub.register(subscriber);
			// Off the listener thread (executions may read the database), and on threads
			// of
			// their own: a bounded-elastic worker stays on one thread, which a blocked
			// SSE
			// write elsewhere in the instance can hold.
			pipeline = subscriber.live()
				.publishOn(executionThreads, 32)
				.concatMap(event -> execute(event).map(result -> new Published(event.position(), result)), 1)
				.subscribe(next -> publish(next.position(), next.result()), this::fail, this::complete);
		}

		private Mono<SharedResult> execute(Event event) {
			executions.incrementAndGet();
			Shape shape = key.shape();
			var request = new DefaultExecutionGraphQlRequest(shape.document(), shape.operationName(), shape.variables(),
					null, "live-group-" + event.position(), null);
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(values -> {
				values.putAll(context);
				values.put(EVENT_KEY, event);
			}).build());
			return graphQl.getObject().execute(request).flatMap(response -> {
				Object data = response.getData();
				if (data instanceof Publisher<?> results) {
					@SuppressWarnings("unchecked")
					Publisher<ExecutionResult> typed = (Publisher<ExecutionResult>) results;
					return Mono.from(typed);
				}
				return Mono.just(response.getExecutionResult());
			}).map(SharedResult::of);
		}

		synchronized long join(Membership member, Long after, Runnable release) {
			member.joined(this, published, after, release);
			members.add(member);
			return published;
		}

		void leave(Membership member) {
			synchronized (lock) {
				boolean empty;
				synchronized (this) {
					members.remove(member);
					empty = members.isEmpty();
				}
				if (empty && groups.get(key) == this) {
					groups.remove(key);
					hub.unregister(subscriber);
					pipeline.dispose();
				}
			}
		}

		private synchronized int memberCount() {
			return members.size();
		}

		private void publish(long position, SharedResult result) {
			List<Membership> slow = new ArrayList<>();
			synchronized (this) {
				published = position;
				for (Membership member : members) {
					if (!member.offer(position, result)) {
						slow.add(member);
					}
				}
				members.removeAll(slow);
			}
			// A member that cannot take it (its buffer is full) is dropped alone; outside
			// the lock, since its stream ends (and leaves) on this thread.
			slow.forEach(member -> member.fail(SubscriptionFailure.slowConsumer()));
		}

		private void fail(Throwable failure) {
			if (!(failure instanceof SubscriptionFailure)) {
				log.error("Subscription group {} failed", key.field(), failure);
			}
			endAll(member -> member.fail(failure));
		}

		private void complete() {
			endAll(Membership::complete);
		}

		private void endAll(Consumer<Membership> end) {
			List<Membership> ending;
			synchronized (lock) {
				if (groups.get(key) == this) {
					groups.remove(key);
				}
				hub.unregister(subscriber);
				synchronized (this) {
					ending = new ArrayList<>(members);
					members.clear();
				}
			}
			ending.forEach(end);
		}

	}

	private record Published(long position, SharedResult result) {
	}

}
