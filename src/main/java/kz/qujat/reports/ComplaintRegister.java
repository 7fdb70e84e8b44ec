package kz.qujat.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RegistryYears;

import org.springframework.stereotype.Service;

/**
 * The complaints register as staff keep it, through the API or the desk alike: a complaint is received on a day
 * that is not yet to come and lies within the registry's years, about a service of the catalog or about state
 * services in general; a year's list defaults to the school's current year.
 */
@Service
public class ComplaintRegister {

	private final Complaints complaints;
	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Clock clock;

	ComplaintRegister(Complaints complaints, ServiceCatalog catalog, Schools schools, Clock clock) {
		this.complaints = complaints;
		this.catalog = catalog;
		this.schools = schools;
		this.clock = clock;
	}

	/** Records a complaint the request's own rules found well-formed; its texts are kept without surrounding blanks. */
	public Complaint record(StaffMember staff, LocalDate receivedOn, String service, String summary, String outcome,
			Boolean justified) {
		if (receivedOn.isAfter(today(staff.schoolId()))) {
			throw new InvalidField("receivedOn", "not-in-future");
		}
		RegistryYears.require("receivedOn", receivedOn);
		if (service != null) {
			catalog.requireFor("service", service);
		}
		return complaints.record(staff.schoolId(), staff.id(), receivedOn, service, summary.strip(),
				outcome == null ? null : outcome.strip(), justified);
	}

	/** The complaints received in a year ({@code null}: the school's current year), oldest first. */
	public List<Complaint> of(StaffMember staff, Integer year) {
		return complaints.of(staff.schoolId(),
				year == null ? today(staff.schoolId()).getYear() : RegistryYears.require("year", year));
	}

	/** The day it is now where the school is. */
	public LocalDate today(StaffMember staff) {
		return today(staff.schoolId());
	}

	private LocalDate today(UUID schoolId) {
		return LocalDate.now(clock.withZone(schools.require(schoolId).zone()));
	}
}
