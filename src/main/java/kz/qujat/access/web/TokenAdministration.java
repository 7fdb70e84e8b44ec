package kz.qujat.access.web;

import java.util.List;
import java.util.UUID;

import kz.qujat.access.ApiTokenCreated;
import kz.qujat.access.ApiTokenRevoked;
import kz.qujat.access.internal.ApiTokens;
import kz.qujat.schools.SchoolNotFound;
import kz.qujat.schools.StaffAccount;
import kz.qujat.schools.StaffAccounts;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's API tokens as its director makes and revokes them, each change told as an event. */
@Service
class TokenAdministration {

	private final ApiTokens tokens;
	private final StaffAccounts staff;
	private final ApplicationEventPublisher events;

	TokenAdministration(ApiTokens tokens, StaffAccounts staff, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.staff = staff;
		this.events = events;
	}

	@Transactional
	ApiTokens.Created createToken(StaffMember director, String name, String username) {
		StaffMember actsAs = username == null ? director
				: staff.find(username).map(StaffAccount::member)
					.filter(m -> director.schoolId().equals(m.schoolId()))
					.orElseThrow(() -> new InvalidField("staff", "unknown-staff"));
		ApiTokens.Created created = tokens.create(director.schoolId(), actsAs.id(), name.strip(), director.id());
		events.publishEvent(new ApiTokenCreated(director.schoolId(), created.token().name(), actsAs.username()));
		return created;
	}

	List<ApiTokens.Token> tokensOf(UUID schoolId) {
		return tokens.ofSchool(schoolId);
	}

	@Transactional
	void revokeToken(StaffMember director, UUID id) {
		ApiTokens.Token token = tokens.find(director.schoolId(), id).orElseThrow(() -> new SchoolNotFound("token", id));
		if (tokens.revoke(director.schoolId(), id)) {
			events.publishEvent(new ApiTokenRevoked(director.schoolId(), token.name()));
		}
	}
}
