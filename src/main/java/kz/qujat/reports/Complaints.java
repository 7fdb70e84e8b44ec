package kz.qujat.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of complaints about state services, one per school; the public report counts them. */
@Repository
public class Complaints {

	private final JdbcClient jdbc;
	private final Clock clock;

	Complaints(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Complaint record(UUID schoolId, UUID recordedBy, LocalDate receivedOn, String service, String summary,
			String outcome, Boolean justified) {
		Complaint complaint = new Complaint(UUID.randomUUID(), receivedOn, service, summary, outcome, justified,
				clock.instant());
		jdbc.sql("""
				insert into complaint (id, school_id, received_on, service, summary, outcome, justified, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(complaint.id(), schoolId, receivedOn, service, summary, outcome, justified, recordedBy,
					OffsetDateTime.ofInstant(complaint.recordedAt(), ZoneOffset.UTC))
			.update();
		return complaint;
	}

	/** The school's complaints received in a year, oldest first. */
	public List<Complaint> of(UUID schoolId, int year) {
		return jdbc.sql("""
				select * from complaint where school_id = ? and received_on >= ? and received_on < ?
				order by received_on, recorded_at
				""").params(schoolId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new Complaint(rs.getObject("id", UUID.class), rs.getObject("received_on", LocalDate.class),
					rs.getString("service"), rs.getString("summary"), rs.getString("outcome"),
					(Boolean) rs.getObject("justified"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}
}
