package kz.qujat.verification.web;

import kz.qujat.verification.Verifications;
import kz.qujat.verification.VerificationResult;
import kz.qujat.verification.UnknownVerificationCode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The verification result as JSON, for apps and integrations. */
@RestController
class VerificationApiController {

	private final Verifications verifications;

	VerificationApiController(Verifications verifications) {
		this.verifications = verifications;
	}

	@GetMapping("/api/v1/verify/{code}")
	VerificationResult verify(@PathVariable String code) {
		return verifications.verify(code).orElseThrow(UnknownVerificationCode::new);
	}
}
