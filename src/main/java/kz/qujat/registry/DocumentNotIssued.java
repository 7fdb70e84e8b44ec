package kz.qujat.registry;

import java.util.UUID;

import kz.qujat.system.Failure;

/** The journal entry has no issued document (it is pending or void), so there is nothing to revoke. */
public class DocumentNotIssued extends Failure {

	public DocumentNotIssued(UUID id) {
		super(Kind.CONFLICT, "document-not-issued", "journal entry " + id + " holds no issued document", id);
	}
}
