package kz.qujat.schools.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schools and their accounts. Operators: {@code /api/v1/schools}. Directors: their own school at
 * {@code /api/v1/school} (its profile and staff). Who may call which is set in access's security configuration;
 * here every call is scoped to the caller's school.
 */
@RestController
class AdministrationController {

	private final Administration administration;
	private final Schools schools;

	AdministrationController(Administration administration, Schools schools) {
		this.administration = administration;
		this.schools = schools;
	}

	@Operation(operationId = "createSchool", summary = "Add a school", description = "Operators only.")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "409", description = "A school with this BIN exists (`/problems/school-exists`)")
	@PostMapping("/api/v1/schools")
	ResponseEntity<School> createSchool(@Valid @RequestBody SchoolForm form) {
		School school = administration.createSchool(form);
		return ResponseEntity.created(URI.create("/api/v1/schools/" + school.id())).body(school);
	}

	@Operation(operationId = "listSchools", summary = "List the schools", description = "Operators only.")
	@GetMapping("/api/v1/schools")
	List<School> schools() {
		return schools.all();
	}

	@Operation(operationId = "addSchoolStaff", summary = "Add a staff account to a school",
			description = "Operators only: typically the school's first director.")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "409", description = "The username is taken (`/problems/username-taken`)")
	@PostMapping("/api/v1/schools/{id}/staff")
	ResponseEntity<StaffMember> addFirstStaff(@PathVariable UUID id, @Valid @RequestBody StaffForm form) {
		StaffMember member = administration.addStaff(id, form);
		return ResponseEntity.created(URI.create("/api/v1/schools/" + id + "/staff/" + member.id())).body(member);
	}

	@Operation(operationId = "getSchool", summary = "Get the caller's school")
	@GetMapping("/api/v1/school")
	School profile(StaffMember staff) {
		return schools.require(staff.schoolId());
	}

	@Operation(operationId = "updateSchool", summary = "Change the school's profile", description = "Director only.")
	@PutMapping("/api/v1/school")
	School updateProfile(@Valid @RequestBody SchoolForm form, StaffMember director) {
		return administration.updateSchool(director.schoolId(), form);
	}

	@Operation(operationId = "listStaff", summary = "List the school's staff", description = "Director only.")
	@GetMapping("/api/v1/school/staff")
	List<StaffMember> staff(StaffMember director) {
		return administration.staffOf(director.schoolId());
	}

	@Operation(operationId = "addStaff", summary = "Add a staff account", description = "Director only.")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "409", description = "The username is taken (`/problems/username-taken`)")
	@PostMapping("/api/v1/school/staff")
	ResponseEntity<StaffMember> addStaff(@Valid @RequestBody StaffForm form, StaffMember director) {
		StaffMember member = administration.addStaff(director.schoolId(), form);
		return ResponseEntity.created(URI.create("/api/v1/school/staff/" + member.id())).body(member);
	}

	@Operation(operationId = "disableStaff", summary = "Disable a staff account",
			description = "Director only; its sessions and tokens stop working.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@ApiResponse(responseCode = "409",
			description = "A director cannot disable the own account (`/problems/cannot-disable-self`)")
	@DeleteMapping("/api/v1/school/staff/{id}")
	ResponseEntity<Void> disableStaff(@PathVariable UUID id, StaffMember director) {
		administration.disableStaff(director, id);
		return ResponseEntity.noContent().build();
	}
}
