package kz.qujat.registry;

import java.util.UUID;

import kz.qujat.system.Failure;

/** No document with this id in the caller's school; said the same way whether it exists elsewhere or not. */
public class DocumentNotFound extends Failure {

	public DocumentNotFound(UUID id) {
		super(Kind.NOT_FOUND, "document-not-found", "no document " + id + " in this school", id);
	}
}
