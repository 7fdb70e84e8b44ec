package kz.qujat.verification.web;

import io.swagger.v3.oas.annotations.Operation;

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

	@Operation(operationId = "verifyCode", summary = "Verify a paper by its code",
			description = "What the code on a paper (or its QR link) stands for: valid or revoked, its number, kind "
				+ "and date, the holder's IIN masked. Public.")
	@GetMapping("/api/v1/verify/{code}")
	VerificationResult verify(@PathVariable String code) {
		return verifications.byCode(code).orElseThrow(UnknownVerificationCode::new);
	}

	/** Is this PDF, byte for byte, a document issued here? {@code authentic}, {@code modified} or {@code unknown}. */
	@Operation(operationId = "verifyUpload", summary = "Check a PDF",
			description = "Whether the uploaded PDF is, byte for byte, a paper issued here: `authentic`, `modified` "
				+ "or `unknown`. Public.")
	@PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	UploadVerification verify(@RequestParam("file") MultipartFile file) {
		return uploads.check(file);
	}
}
