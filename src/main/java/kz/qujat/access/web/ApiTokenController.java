package kz.qujat.access.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.access.internal.ApiTokens;
import kz.qujat.schools.StaffMember;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A director's API tokens of the own school, at {@code /api/v1/school/tokens}. */
@RestController
class ApiTokenController {

	private final TokenAdministration administration;

	ApiTokenController(TokenAdministration administration) {
		this.administration = administration;
	}

	@Operation(operationId = "listTokens", summary = "List the school's API tokens",
			description = "Director only; the secrets are not shown.")
	@GetMapping("/api/v1/school/tokens")
	List<ApiTokens.Token> tokens(StaffMember director) {
		return administration.tokensOf(director.schoolId());
	}

	/** Makes a token; its secret is in this answer and nowhere else, ever. */
	@Operation(operationId = "createToken", summary = "Make an API token",
			description = "Director only. The secret is in this answer and nowhere else, ever.")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/school/tokens")
	ResponseEntity<NewToken> createToken(@Valid @RequestBody TokenForm form, StaffMember director) {
		ApiTokens.Created created = administration.createToken(director, form.name(), form.staff());
		return ResponseEntity.created(URI.create("/api/v1/school/tokens/" + created.token().id()))
			.body(new NewToken(created.token(), created.secret()));
	}

	@Operation(operationId = "revokeToken", summary = "Revoke an API token",
			description = "Director only; requests with it are refused from now on.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/api/v1/school/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id, StaffMember director) {
		administration.revokeToken(director, id);
		return ResponseEntity.noContent().build();
	}

	/** A token just made, with its secret, shown this once. */
	record NewToken(ApiTokens.Token token, String secret) {
	}
}
