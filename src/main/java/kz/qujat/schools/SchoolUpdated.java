package kz.qujat.schools;

/** A school's profile was replaced by its director's edit. */
public record SchoolUpdated(School school) {
}
