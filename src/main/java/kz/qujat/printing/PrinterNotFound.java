package kz.qujat.printing;

import java.util.UUID;

import kz.qujat.system.Failure;

/** No printer with this id in the caller's school. */
public class PrinterNotFound extends Failure {

	public PrinterNotFound(UUID id) {
		super(Kind.NOT_FOUND, "printer-not-found", "no printer " + id + " in this school", id);
	}
}
