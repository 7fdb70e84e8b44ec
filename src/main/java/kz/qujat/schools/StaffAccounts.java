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

	/** Ends an account's sign-ins, tokens and sessions from the next request on; it stays in the records. */
	void disable(UUID id);
}
