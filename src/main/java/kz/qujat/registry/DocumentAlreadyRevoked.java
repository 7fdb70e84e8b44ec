package kz.qujat.registry;

import java.util.UUID;

import kz.qujat.system.Failure;

/** The document was revoked before; a revocation is final and happens once. */
public class DocumentAlreadyRevoked extends Failure {

	public DocumentAlreadyRevoked(UUID id) {
		super(Kind.CONFLICT, "already-revoked", "document " + id + " is already revoked", id);
	}
}
