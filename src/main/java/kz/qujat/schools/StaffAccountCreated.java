package kz.qujat.schools;

/** An operator or a director added an account to a school's staff. */
public record StaffAccountCreated(StaffMember member) {
}
