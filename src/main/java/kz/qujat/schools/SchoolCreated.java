package kz.qujat.schools;

/** An operator added a school. */
public record SchoolCreated(School school) {
}
