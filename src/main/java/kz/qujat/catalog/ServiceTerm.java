package kz.qujat.catalog;

import kz.qujat.system.Bilingual;

/**
 * How long the service takes: a number of working days, as the standard words it in {@code text}.
 * {@code verified} is false for terms no official source confirmed yet.
 */
public record ServiceTerm(int workingDays, Bilingual text, boolean verified) {
}
