package kz.qujat.registry;

/** A school withdrew one of its documents; {@link IssuedDocument#revocation()} says why. */
public record DocumentRevoked(IssuedDocument document) {
}
