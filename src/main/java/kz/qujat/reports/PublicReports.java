package kz.qujat.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.Tallies;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;
import kz.qujat.system.RegistryYears;

import org.springframework.stereotype.Service;

/**
 * The annual public report on the state services a school rendered (seed 004), from its own registry: the
 * services in its register, how many it rendered in all, by channel and by service (documents accepted and
 * refusals), unjustified refusals and complaints. It is registered like every paper; asked again while none of
 * its figures changed, the same report comes back, and once they change a new one supersedes it.
 */
@Service
public class PublicReports {

	private final ServiceCatalog catalog;
	private final Schools schools;
	private final Tallies tallies;
	private final Complaints complaints;
	private final SeriesPapers papers;
	private final Clock clock;

	PublicReports(ServiceCatalog catalog, Schools schools, Tallies tallies, Complaints complaints, SeriesPapers papers,
			Clock clock) {
		this.catalog = catalog;
		this.schools = schools;
		this.tallies = tallies;
		this.complaints = complaints;
		this.papers = papers;
		this.clock = clock;
	}

	/** The school's current report on a year, issued now if there is none or its figures are out of date. */
	public IssuedDocument report(StaffMember staff, int year) {
		School school = schools.require(staff.schoolId());
		if (year < RegistryYears.FIRST || year > thisYear(school)) {
			throw new InvalidField("year", "report-year");
		}
		Figures figures = figures(school, year);
		ReportContent content = new ReportContent(school, figures, papers.templatesVersion());
		return papers.current(papers.paper(SeriesPaper.PUBLIC_REPORT, school, staff, String.valueOf(year), content,
				model(school, figures))
			.withSubject("Отчет о деятельности в сфере оказания государственных услуг за " + year + " год"));
	}

	/** The years a report can be asked for: the registry's first up to the school's current one, newest first. */
	public List<Integer> years(StaffMember staff) {
		int thisYear = thisYear(schools.require(staff.schoolId()));
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear; year >= RegistryYears.FIRST; year--) {
			years.add(year);
		}
		return years;
	}

	private int thisYear(School school) {
		return clock.instant().atZone(school.zone()).getYear();
	}

	Figures figures(School school, int year) {
		List<Tallies.Tally> tally = tallies.of(school.id(), year);
		List<ServiceRow> services = new ArrayList<>();
		for (String code : school.services()) {
			catalog.find(code).ifPresent(service -> {
				int accepted = count(tally, code, DocumentKind.RECEIPT, null);
				int refused = count(tally, code, DocumentKind.REFUSAL, null);
				services.add(new ServiceRow(services.size() + 1, service.name().kk(), service.name().ru(), accepted + refused,
						accepted, refused));
			});
		}
		int paper = count(tally, null, null, Channel.PAPER);
		int portal = count(tally, null, null, Channel.PORTAL);
		int stateCorporation = count(tally, null, null, Channel.STATE_CORPORATION);
		List<Complaint> received = complaints.of(school.id(), year);
		int justified = (int) received.stream().filter(c -> Boolean.TRUE.equals(c.justified())).count();
		return new Figures(year, services, paper + portal + stateCorporation, paper, portal, stateCorporation,
				tallies.unjustifiedRefusals(school.id(), year), received.size(), justified);
	}

	/** Receipts and refusals (the outcomes a service gives), of one service or all, through one channel or all. */
	private static int count(List<Tallies.Tally> tally, String service, DocumentKind kind, Channel channel) {
		return tally.stream()
			.filter(t -> t.kind() == DocumentKind.RECEIPT || t.kind() == DocumentKind.REFUSAL)
			.filter(t -> service == null || service.equals(t.service()))
			.filter(t -> kind == null || kind == t.kind())
			.filter(t -> channel == null || channel == t.channel())
			.mapToInt(Tallies.Tally::papers)
			.sum();
	}

	private static Map<String, Object> model(School school, Figures figures) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("schoolKk", school.name().kk());
		model.put("schoolRu", school.name().ru());
		model.put("directorName", school.directorName());
		model.put("website", school.website());
		model.put("year", figures.year());
		model.put("services", figures.services());
		model.put("registerCount", figures.services().size());
		model.put("total", figures.total());
		model.put("paper", figures.paper());
		model.put("portal", figures.portal());
		model.put("stateCorporation", figures.stateCorporation());
		model.put("unjustified", figures.unjustifiedRefusals());
		model.put("complaints", figures.complaints());
		model.put("justifiedComplaints", figures.justifiedComplaints());
		return model;
	}

	/** What a year's report counts. */
	record Figures(int year, List<ServiceRow> services, int total, int paper, int portal, int stateCorporation,
			int unjustifiedRefusals, int complaints, int justifiedComplaints) {
	}

	/** One service of the school's register and what it rendered. */
	public record ServiceRow(int no, String nameKk, String nameRu, int rendered, int accepted, int refused) {
	}

	/** What a report shows and how it is drawn; a report is out of date when this changes. */
	record ReportContent(School school, Figures figures, String templates) {
	}
}
