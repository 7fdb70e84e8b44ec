package kz.qujat.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import kz.qujat.issuance.Downloads;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.reports.PassportPosters;
import kz.qujat.reports.PosterSize;
import kz.qujat.schools.StaffMember;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service passport poster of the caller's school, for its reception stand. */
@RestController
class PassportController {

	private final PassportPosters posters;
	private final Downloads downloads;

	PassportController(PassportPosters posters, Downloads downloads) {
		this.posters = posters;
		this.downloads = downloads;
	}

	@Operation(operationId = "getServicePassport", summary = "Get a service's passport poster",
			description = "A numbered poster of the service for the school's wall, A4 or A3.")
	@ApiResponse(responseCode = "200", description = "The poster",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/services/{code}/passport.pdf")
	ResponseEntity<byte[]> passport(@PathVariable String code, @RequestParam(defaultValue = "A4") String size,
			StaffMember staff) {
		PosterSize paper = PosterSize.of(size);
		IssuedDocument poster = posters.poster(staff, code, paper);
		return downloads.pdf(staff, poster, "passport-" + code + "-" + paper);
	}
}
