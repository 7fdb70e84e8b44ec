package kz.qujat.catalog;

import kz.qujat.system.Bilingual;

/** A document an applicant hands in for a service, under a code that stays stable across catalog edits. */
public record RequiredDocument(String code, Bilingual name) {
}
