package kz.qujat.printing;

import java.util.UUID;

import kz.qujat.system.Failure;

/** No print job with this id in the caller's school. */
public class PrintJobNotFound extends Failure {

	public PrintJobNotFound(UUID id) {
		super(Kind.NOT_FOUND, "print-job-not-found", "no print job " + id + " in this school", id);
	}
}
