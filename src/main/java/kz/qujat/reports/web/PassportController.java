package kz.qujat.reports.web;

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

	@GetMapping("/api/v1/services/{code}/passport.pdf")
	ResponseEntity<byte[]> passport(@PathVariable String code, @RequestParam(defaultValue = "A4") String size,
			StaffMember staff) {
		PosterSize paper = PosterSize.of(size);
		IssuedDocument poster = posters.poster(staff, code, paper);
		return downloads.pdf(staff, poster, "passport-" + code + "-" + paper);
	}
}
