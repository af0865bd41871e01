package dev.inkwell.account;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.errors.TextLength;
import dev.inkwell.relay.GlobalId;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Query.viewer, the account mutations, and the Author fields an account holds (role, own
 * email).
 */
@Controller
class AccountController {

	private final AccountService service;

	private final AccountMailService mail;

	private final AuthorRepository authors;

	private final AccountRepository accounts;

	AccountController(AccountService service, AccountMailService mail, AuthorRepository authors,
			AccountRepository accounts) {
		this.service = service;
		this.mail = mail;
		this.authors = authors;
		this.accounts = accounts;
	}

	@QueryMapping
	Author viewer(@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return viewer == null ? null : authors.findById(viewer.authorId()).orElse(null);
	}

	@MutationMapping
	AuthPayload register(@Argument @Valid RegisterInput input, GraphQLContext context) {
		return signedIn(service.register(input), context);
	}

	@MutationMapping
	AuthPayload login(@Argument LoginInput input, @ContextValue(name = Viewer.CLIENT_ADDRESS_KEY) String clientAddress,
			GraphQLContext context) {
		return signedIn(service.login(input, clientAddress), context);
	}

	/** Remembers whom the request signed in: their next reads must see what it wrote. */
	private static AuthPayload signedIn(AuthPayload payload, GraphQLContext context) {
		context.put(Viewer.SIGNED_IN_KEY, new Viewer(payload.viewer().id()));
		return payload;
	}

	@MutationMapping
	Author updateProfile(@Argument @Valid UpdateProfileInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.updateProfile(viewer, input);
	}

	@MutationMapping
	Author changeEmail(@Argument @Valid ChangeEmailInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return mail.changeEmail(viewer, input);
	}

	@MutationMapping
	Author changePassword(@Argument @Valid ChangePasswordInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return mail.changePassword(viewer, input);
	}

	@MutationMapping
	boolean requestEmailConfirmation(@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return mail.requestEmailConfirmation(viewer);
	}

	/**
	 * The author whose address the token confirmed; the fields below see that author as
	 * their viewer (the token proved the mailbox), as under register and login.
	 */
	@MutationMapping
	DataFetcherResult<Author> confirmEmail(@Argument String token) {
		return asViewer(mail.confirmEmail(token));
	}

	@MutationMapping
	boolean requestPasswordReset(@Argument @TextLength(max = 254) String email,
			@ContextValue(name = Viewer.CLIENT_ADDRESS_KEY) String clientAddress) {
		return mail.requestPasswordReset(email, clientAddress);
	}

	@MutationMapping
	AuthPayload resetPassword(@Argument String token, @Argument @TextLength(min = 8, max = 200, maxUtf8Bytes = 72,
			message = "8 to 72 characters (at most 72 bytes)") String newPassword) {
		return mail.resetPassword(token, newPassword);
	}

	@MutationMapping
	Author setRole(@Argument String authorId, @Argument Role role,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.setRole(viewer, GlobalId.decode(authorId, "Author", "authorId"), role);
	}

	/**
	 * One statement for all authors of a level; an author without an account (demo data)
	 * counts as USER.
	 */
	@BatchMapping
	Map<Author, Role> role(List<Author> list) {
		Map<Long, Role> byId = accounts.findByAuthorIds(list.stream().map(Author::id).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Account::authorId, Account::role));
		return list.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), author -> byId.getOrDefault(author.id(), Role.USER)));
	}

	/**
	 * Only the author sees their own email address; for anyone else it is null. Under
	 * register and login, the request was anonymous, but the payload's viewer is the one
	 * just signed in.
	 */
	@SchemaMapping
	String email(Author author, @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer,
			@LocalContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer signedIn) {
		return isSelf(viewer, author) || isSelf(signedIn, author) ? author.email() : null;
	}

	/**
	 * Whether the address is confirmed, for the author themselves only (one read of their
	 * account row); null for anyone else.
	 */
	@SchemaMapping
	Boolean emailConfirmed(Author author, @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer,
			@LocalContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer signedIn) {
		if (!isSelf(viewer, author) && !isSelf(signedIn, author)) {
			return null;
		}
		return accounts.findById(author.id()).map(account -> account.emailConfirmedAt() != null).orElse(false);
	}

	private static boolean isSelf(Viewer viewer, Author author) {
		return viewer != null && viewer.authorId() == author.id();
	}

	/**
	 * The fields below the payload's viewer see the author just signed in as their viewer
	 * (local context). The mutations return the payload itself, not a
	 * {@link DataFetcherResult}, so that schema mapping inspection sees its fields.
	 */
	@SchemaMapping(typeName = "AuthPayload")
	DataFetcherResult<Author> viewer(AuthPayload payload) {
		return asViewer(payload.viewer());
	}

	private static DataFetcherResult<Author> asViewer(Author author) {
		return DataFetcherResult.<Author>newResult()
			.data(author)
			.localContext(GraphQLContext.newContext().of(Viewer.CONTEXT_KEY, new Viewer(author.id())).build())
			.build();
	}

}
