package dev.inkwell.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Accounts by author id and by sign-in name; writes are single statements. */
interface AccountRepository extends ListCrudRepository<Account, Long> {

	/**
	 * The id comes from the author row, so this is an insert, which save() cannot tell
	 * from an update.
	 */
	@Modifying
	@Query("insert into account (author_id, password_hash, role) values (:authorId, :passwordHash, :role)")
	void insert(long authorId, String passwordHash, String role);

	/**
	 * A username never contains '@' and an email always does, so at most one account
	 * matches.
	 */
	@Query("""
			select account.* from account join author on author.id = account.author_id
			where lower(author.username) = lower(:login) or lower(author.email) = lower(:login)
			""")
	Optional<Account> findBySignInName(String login);

	/**
	 * A new password ends every bearer token issued before it: the generation tokens are
	 * checked against rises (ADR 037).
	 */
	@Modifying
	@Query("""
			update account set password_hash = :passwordHash, token_generation = token_generation + 1,
			  password_changed_at = now(), version = version + 1
			where author_id = :authorId""")
	int replacePassword(long authorId, String passwordHash);

	/** The account whose author has this address, whatever its case. */
	@Query("""
			select account.* from account join author on author.id = account.author_id
			where lower(author.email) = lower(:email)""")
	Optional<Account> findByEmail(String email);

	@Query("select exists (select 1 from author where lower(email) = lower(:email) and id <> :authorId)")
	boolean isEmailUsedByAnother(String email, long authorId);

	/** Marks the current address confirmed (a first confirmation keeps its time). */
	@Modifying
	@Query("update account set email_confirmed_at = coalesce(email_confirmed_at, now()) where author_id = :authorId")
	int confirmEmail(long authorId);

	/** The address just changed to is confirmed now: the token proved it. */
	@Modifying
	@Query("update account set email_confirmed_at = now() where author_id = :authorId")
	int confirmNewEmail(long authorId);

	/** A token's generation is checked against this on every signed-in request. */
	@Query("select token_generation from account where author_id = :authorId")
	Optional<Integer> findTokenGeneration(long authorId);

	@Modifying
	@Query("update account set role = :role, version = version + 1 where author_id = :authorId")
	int updateRole(long authorId, String role);

	@Query("select * from account where author_id in (:authorIds)")
	List<Account> findByAuthorIds(Collection<Long> authorIds);

}
