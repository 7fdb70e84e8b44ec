package kz.qujat.schools.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.qujat.schools.AuditEvent;
import kz.qujat.schools.AuditTrail;
import kz.qujat.schools.School;
import kz.qujat.schools.SchoolNotFound;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.schools.StaffRole;
import kz.qujat.system.InvalidField;
import kz.qujat.system.NoControlCharacters;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schools and their accounts. Operators: {@code /api/v1/schools}. Directors: their own school at
 * {@code /api/v1/school} (its profile, staff and API tokens). Both: {@code /api/v1/audit}. Who may call which is
 * set in {@link SecurityConfiguration}; here every call is scoped to the caller's school.
 */
@RestController
class AdministrationController {

	private final Administration administration;
	private final Schools schools;
	private final AuditTrail audit;

	AdministrationController(Administration administration, Schools schools, AuditTrail audit) {
		this.administration = administration;
		this.schools = schools;
		this.audit = audit;
	}

	@PostMapping("/api/v1/schools")
	ResponseEntity<School> createSchool(@Valid @RequestBody SchoolForm form) {
		School school = administration.createSchool(form);
		return ResponseEntity.created(URI.create("/api/v1/schools/" + school.id())).body(school);
	}

	@GetMapping("/api/v1/schools")
	List<School> schools() {
		return schools.all();
	}

	@PostMapping("/api/v1/schools/{id}/staff")
	ResponseEntity<StaffMember> addFirstStaff(@PathVariable UUID id, @Valid @RequestBody StaffForm form) {
		StaffMember member = administration.addStaff(id, form);
		return ResponseEntity.created(URI.create("/api/v1/schools/" + id + "/staff/" + member.id())).body(member);
	}

	@GetMapping("/api/v1/school")
	School profile(StaffMember staff) {
		return schools.require(staff.schoolId());
	}

	@PutMapping("/api/v1/school")
	School updateProfile(@Valid @RequestBody SchoolForm form, StaffMember director) {
		return administration.updateSchool(director.schoolId(), form);
	}

	@GetMapping("/api/v1/school/staff")
	List<StaffMember> staff(StaffMember director) {
		return administration.staffOf(director.schoolId());
	}

	@PostMapping("/api/v1/school/staff")
	ResponseEntity<StaffMember> addStaff(@Valid @RequestBody StaffForm form, StaffMember director) {
		StaffMember member = administration.addStaff(director.schoolId(), form);
		return ResponseEntity.created(URI.create("/api/v1/school/staff/" + member.id())).body(member);
	}

	@DeleteMapping("/api/v1/school/staff/{id}")
	ResponseEntity<Void> disableStaff(@PathVariable UUID id, StaffMember director) {
		administration.disableStaff(director, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/school/tokens")
	List<ApiTokens.Token> tokens(StaffMember director) {
		return administration.tokensOf(director.schoolId());
	}

	/** Makes a token; its secret is in this answer and nowhere else, ever. */
	@PostMapping("/api/v1/school/tokens")
	ResponseEntity<NewToken> createToken(@Valid @RequestBody TokenForm form, StaffMember director) {
		ApiTokens.Created created = administration.createToken(director, form.name(), form.staff());
		return ResponseEntity.created(URI.create("/api/v1/school/tokens/" + created.token().id()))
			.body(new NewToken(created.token(), created.secret()));
	}

	@DeleteMapping("/api/v1/school/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id, StaffMember director) {
		administration.revokeToken(director, id);
		return ResponseEntity.noContent().build();
	}

	/** A director reads the own school's trail; an operator every school's, or one's with {@code school}. */
	@GetMapping("/api/v1/audit")
	List<AuditEvent> audit(@RequestParam(required = false) UUID school, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "200") int limit, StaffMember caller) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidField("limit", "limit");
		}
		UUID scope = caller.role() == StaffRole.OPERATOR ? school : caller.schoolId();
		if (caller.role() != StaffRole.OPERATOR && school != null && !school.equals(caller.schoolId())) {
			throw new SchoolNotFound("school", school);
		}
		return audit.list(scope, from, to, action, limit);
	}

	/** A token to make: its name, and the account it acts as (the director's own when absent). */
	record TokenForm(@NotBlank(message = "{rule.required}") @Size(max = 100, message = "{rule.max-length}") @NoControlCharacters String name,
			String staff) {
	}

	/** A token just made, with its secret, shown this once. */
	record NewToken(ApiTokens.Token token, String secret) {
	}
}
