package kz.qujat.schools;

import java.io.Serializable;

/** An account as it is stored: the member, the hash of their password and whether they may sign in. */
public record StaffAccount(StaffMember member, String passwordHash, boolean enabled) implements Serializable {
}
