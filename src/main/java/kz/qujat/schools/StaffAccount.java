package kz.qujat.schools;

/** An account as it is stored: the member, the hash of their password and whether they may sign in. */
public record StaffAccount(StaffMember member, String passwordHash, boolean enabled) {
}
