package kz.qujat.schools;

/** A director disabled an account of the school's staff: it signs in no more, nor do its tokens. */
public record StaffAccountDisabled(StaffMember member) {
}
