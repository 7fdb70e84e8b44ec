package kz.qujat.issuance;

import kz.qujat.registry.IssuedDocument;

/** A paper was numbered, rendered, signed and stored: it is in the registry for good. */
public record DocumentIssued(IssuedDocument document) {
}
