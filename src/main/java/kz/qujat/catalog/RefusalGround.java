package kz.qujat.catalog;

import kz.qujat.system.Bilingual;

/** A ground the law gives for refusing a service, in its official wording. */
public record RefusalGround(String code, Bilingual text) {
}
