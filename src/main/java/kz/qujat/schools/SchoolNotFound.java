package kz.qujat.schools;

import java.util.UUID;

import kz.qujat.system.Failure;

/** No such school, or no such account or token in the caller's school; said alike whether it exists elsewhere or not. */
public class SchoolNotFound extends Failure {

	public SchoolNotFound(String what, UUID id) {
		super(Kind.NOT_FOUND, "not-found-in-school", "no " + what + " " + id + " here");
	}
}
