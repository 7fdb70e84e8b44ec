package kz.qujat.registry;

/** A staff member of the document's school was handed its stored PDF. */
public record DocumentDownloaded(IssuedDocument document) {
}
