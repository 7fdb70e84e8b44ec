package kz.qujat.schools;

import java.io.Serializable;
import java.util.UUID;

import kz.qujat.system.Bilingual;

/**
 * A signed-in account: a member of a school's staff, or an operator (whose {@link #schoolId()} is null).
 * Controllers take it as a parameter; every staff endpoint works within {@link #schoolId()}.
 */
public record StaffMember(UUID id, UUID schoolId, String username, String fullName, Bilingual position, StaffRole role)
		implements Serializable {
}
