package kz.qujat.printing;

import java.util.UUID;

import kz.qujat.system.Failure;

/** A job that completed, was aborted or was canceled cannot be canceled. */
public class PrintJobFinished extends Failure {

	public PrintJobFinished(UUID id) {
		super(Kind.CONFLICT, "print-job-finished", "print job " + id + " is finished", id);
	}
}
