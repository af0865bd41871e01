package dev.inkwell.live;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Role;
import dev.inkwell.account.Viewer;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.post.PostRepository;
import dev.inkwell.relay.GlobalId;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * Subscription.commentEvents and Subscription.postEvents. A subscriber with
 * {@code after:} first reads what it missed from the outbox, in batches, then receives
 * live events from the instance's one listener; both sides meet at the position the hub
 * gave it, so nothing comes twice or not at all. Readers never see hidden comments;
 * moderators see every event.
 */
@Controller
class LiveController {

	private final EventHub hub;

	private final OutboxReads reads;

	private final ConnectionLimits limits;

	private final SubscriptionProperties properties;

	private final Permissions permissions;

	private final PostRepository posts;

	private final AuthorRepository authors;

	private final LiveGroups groups;

	LiveController(EventHub hub, OutboxReads reads, ConnectionLimits limits, SubscriptionProperties properties,
			Permissions permissions, PostRepository posts, AuthorRepository authors, LiveGroups groups) {
		this.groups = groups;
		this.hub = hub;
		this.reads = reads;
		this.limits = limits;
		this.properties = properties;
		this.permissions = permissions;
		this.posts = posts;
		this.authors = authors;
	}

	@SubscriptionMapping
	Flux<CommentEvent> commentEvents(@Argument String postId, @Argument String after,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer,
			@ContextValue(name = LiveWebSocketConfiguration.SOCKET_KEY, required = false) String socket,
			@ContextValue(name = LiveGroups.EVENT_KEY, required = false) Event groupEvent,
			DataFetchingEnvironment env) {
		if (groupEvent != null) {
			// A group's execution of one event its members validated already.
			return Flux.just(groupEvent.commentEvent());
		}
		return subscribe("commentEvents", socket, env, () -> {
			long id = GlobalId.decode(postId, "Post", "postId");
			if (!posts.existsById(id)) {
				throw new NotFoundException("postId", "No post with this id");
			}
			Role role = viewer == null ? null : permissions.currentRole(viewer);
			boolean moderator = role != null && role.includes(Role.MODERATOR);
			Predicate<Event> visible = moderator ? event -> true : event -> !event.hiddenFromReaders();
			return new Request(new Subscriber.Interest(Event.Topic.COMMENT, id), visible, position(after),
					new Audience(role, viewer));
		}, Event::commentEvent);
	}

	@SubscriptionMapping
	Flux<PostEvent> postEvents(@Argument String authorId, @Argument String after,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer,
			@ContextValue(name = LiveWebSocketConfiguration.SOCKET_KEY, required = false) String socket,
			@ContextValue(name = LiveGroups.EVENT_KEY, required = false) Event groupEvent,
			DataFetchingEnvironment env) {
		if (groupEvent != null) {
			return Flux.just(groupEvent.postEvent());
		}
		return subscribe("postEvents", socket, env, () -> {
			Long id = authorId == null ? null : GlobalId.decode(authorId, "Author", "authorId");
			if (id != null && !authors.existsById(id)) {
				throw new NotFoundException("authorId", "No author with this id");
			}
			Role role = viewer == null ? null : permissions.currentRole(viewer);
			return new Request(new Subscriber.Interest(Event.Topic.POST, id), event -> true, position(after),
					new Audience(role, viewer));
		}, Event::postEvent);
	}

	/**
	 * Typed by field, so that schema mapping inspection checks the event types' fields.
	 * Multiplexed (ADR 040) unless the document writes its cursor as a literal.
	 */
	private <T> Flux<T> subscribe(String field, String socket, DataFetchingEnvironment env,
			java.util.function.Supplier<Request> validate, Function<Event, T> payload) {
		LiveGroups.Shape shape = LiveGroups.shape(env);
		if (shape != null) {
			Membership member = new Membership(field, properties.bufferSize(), env.getDataLoaderRegistry());
			env.getGraphQlContext().put(LiveGroups.MEMBERSHIP_KEY, member);
			Map<String, Object> context = LiveGroups.viewerContext(env.getGraphQlContext());
			return Mono.fromCallable(validate::get)
				.flatMapMany(request -> Mono.fromFuture(hub.ready())
					.thenMany(Flux.defer(() -> join(field, request, socket, shape, member, context))))
				.map(payload)
				.subscribeOn(Schedulers.boundedElastic())
				.onErrorMap(ex -> new SubscriptionErrors.FieldFailure(field, ex));
		}
		Flux<T> events = Mono.fromCallable(validate::get)
			.flatMapMany(request -> Mono.fromFuture(hub.ready()).thenMany(Flux.defer(() -> stream(request, socket))))
			.map(payload);
		// Off the listener thread: graphql-java executes each subscriber's selection
		// where the event
		// arrives, and the listener must only hand events over. SSE writes also block on
		// a slow
		// client, so its streams go to threads that may block (graphql-ws sends on its
		// own thread).
		events = events.publishOn(socket == null ? Schedulers.boundedElastic() : Schedulers.parallel(), 32);
		return events.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ex -> new SubscriptionErrors.FieldFailure(field, ex));
	}

	/**
	 * Joins the member's group and returns what it missed before the position it joined
	 * at; the group's results follow ({@link SharedResultsInterceptor}).
	 */
	private Flux<Event> join(String field, Request request, String socket, LiveGroups.Shape shape, Membership member,
			Map<String, Object> context) {
		Runnable release = limits.acquire(socket);
		Object audience = shape.ownerOnlyFields() ? request.audience() : request.audience().role();
		long joinedAt;
		try {
			joinedAt = groups.join(new LiveGroups.Key(field, request.interest(), audience, shape), request.visible(),
					member, request.after(), release, context);
		}
		catch (RuntimeException ex) {
			release.run();
			throw ex;
		}
		if (member.left()) {
			// Cancelled while it joined: leave the group it has just joined.
			member.leave();
		}
		return request.after() == null ? Flux.empty()
				: catchUp(request.interest(), request.after(), joinedAt).filter(request.visible());
	}

	private Flux<Event> stream(Request request, String socket) {
		Runnable release = limits.acquire(socket);
		Subscriber subscriber = new Subscriber(request.interest(), request.visible(), properties.bufferSize());
		long frontier;
		try {
			frontier = hub.register(subscriber);
		}
		catch (RuntimeException ex) {
			release.run();
			throw ex;
		}
		// A cursor from an instance whose listener is ahead of this one's: live events
		// start after it.
		long liveAfter = request.after() == null ? frontier : Math.max(frontier, request.after());
		Flux<Event> missed = request.after() == null ? Flux.empty()
				: catchUp(request.interest(), request.after(), frontier).filter(request.visible());
		return missed.concatWith(subscriber.live().filter(event -> event.position() > liveAfter)).doFinally(signal -> {
			hub.unregister(subscriber);
			release.run();
		});
	}

	private Flux<Event> catchUp(Subscriber.Interest interest, long after, long until) {
		return Flux.defer(() -> {
			var batch = reads.after(interest, after, until, properties.batchSize());
			Flux<Event> page = Flux.fromIterable(batch);
			return batch.size() < properties.batchSize() ? page
					: page.concatWith(catchUp(interest, batch.get(batch.size() - 1).position(), until));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static Long position(String after) {
		return after == null ? null : EventCursor.decode(after);
	}

	private record Request(Subscriber.Interest interest, Predicate<Event> visible, Long after, Audience audience) {
	}

	/**
	 * Who a subscription's results are for: its role (null: anonymous), and the viewer,
	 * which matters only where a field shows its owner more.
	 */
	private record Audience(Role role, Viewer viewer) {
	}

}
