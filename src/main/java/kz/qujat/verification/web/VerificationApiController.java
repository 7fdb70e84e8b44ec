package kz.qujat.verification.web;

import kz.qujat.verification.UnknownVerificationCode;
import kz.qujat.verification.UploadVerification;
import kz.qujat.verification.VerificationResult;
import kz.qujat.verification.Verifications;
import kz.qujat.verification.internal.UploadChecks;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The verification result as JSON, for apps and integrations: by the code on a paper, or for a whole PDF. */
@RestController
class VerificationApiController {

	private final Verifications verifications;
	private final UploadChecks uploads;

	VerificationApiController(Verifications verifications, UploadChecks uploads) {
		this.verifications = verifications;
		this.uploads = uploads;
	}

	@GetMapping("/api/v1/verify/{code}")
	VerificationResult verify(@PathVariable String code) {
		return verifications.byCode(code).orElseThrow(UnknownVerificationCode::new);
	}

	/** Is this PDF, byte for byte, a document issued here? {@code authentic}, {@code modified} or {@code unknown}. */
	@PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	UploadVerification verify(@RequestParam("file") MultipartFile file) {
		return uploads.check(file);
	}
}
