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

	@Modifying
	@Query("update account set password_hash = :passwordHash, version = version + 1 where author_id = :authorId")
	int updatePasswordHash(long authorId, String passwordHash);

	@Modifying
	@Query("update account set role = :role, version = version + 1 where author_id = :authorId")
	int updateRole(long authorId, String role);

	@Query("select * from account where author_id in (:authorIds)")
	List<Account> findByAuthorIds(Collection<Long> authorIds);

}
