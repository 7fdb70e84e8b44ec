package kz.qujat.registry;

/**
 * A run of registration numbers: numbers run per school, counter and year. A service's papers for applicants
 * take the numbers of the counter named after the service; each kind of paper about the school has one of its
 * own (e.g. {@code passport}).
 *
 * @param prefix the letters that open each number, e.g. {@code ATT}
 */
public record Counter(String name, String prefix) {
}
