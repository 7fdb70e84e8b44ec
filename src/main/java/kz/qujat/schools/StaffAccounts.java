package kz.qujat.schools;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts of schools' staff and of operators; usernames are unique across the installation. */
public interface StaffAccounts {

	Optional<StaffAccount> find(String username);

	Optional<StaffAccount> find(UUID id);

	List<StaffAccount> ofSchool(UUID schoolId);

	boolean exists(String username);

	/** Adds an enabled account with the hash of its password, as the installation's password encoder made it. */
	void insert(StaffMember member, String passwordHash);

	/**
	 * Adds the account unless its id or username is taken already, as when several instances start at once and
	 * each makes the accounts of its configuration; true when this call added it. The second waits for the first
	 * one's transaction and then finds its account, on PostgreSQL and H2 alike.
	 */
	boolean insertIfAbsent(StaffMember member, String passwordHash);

	/** Ends an account's sign-ins, tokens and sessions from the next request on; it stays in the records. */
	void disable(UUID id);
}
