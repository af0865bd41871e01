package dev.inkwell.live;

import java.util.function.Function;
import java.util.function.Predicate;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Role;
import dev.inkwell.account.Viewer;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.post.PostRepository;
import dev.inkwell.relay.GlobalId;
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

	LiveController(EventHub hub, OutboxReads reads, ConnectionLimits limits, SubscriptionProperties properties,
			Permissions permissions, PostRepository posts, AuthorRepository authors) {
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
			@ContextValue(name = LiveWebSocketConfiguration.SOCKET_KEY, required = false) String socket) {
		return subscribe("commentEvents", socket, () -> {
			long id = GlobalId.decode(postId, "Post", "postId");
			if (!posts.existsById(id)) {
				throw new NotFoundException("postId", "No post with this id");
			}
			boolean moderator = viewer != null && permissions.currentRole(viewer).includes(Role.MODERATOR);
			Predicate<Event> visible = moderator ? event -> true : event -> !event.hiddenFromReaders();
			return new Request(new Subscriber.Interest(Event.Topic.COMMENT, id), visible, position(after));
		}, Event::commentEvent);
	}

	@SubscriptionMapping
	Flux<PostEvent> postEvents(@Argument String authorId, @Argument String after,
			@ContextValue(name = LiveWebSocketConfiguration.SOCKET_KEY, required = false) String socket) {
		return subscribe("postEvents", socket, () -> {
			Long id = authorId == null ? null : GlobalId.decode(authorId, "Author", "authorId");
			if (id != null && !authors.existsById(id)) {
				throw new NotFoundException("authorId", "No author with this id");
			}
			return new Request(new Subscriber.Interest(Event.Topic.POST, id), event -> true, position(after));
		}, Event::postEvent);
	}

	/**
	 * Typed by field, so that schema mapping inspection checks the event types' fields.
	 */
	private <T> Flux<T> subscribe(String field, String socket, java.util.function.Supplier<Request> validate,
			Function<Event, T> payload) {
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

	private record Request(Subscriber.Interest interest, Predicate<Event> visible, Long after) {
	}

}
