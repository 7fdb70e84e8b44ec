package kz.qujat.registry;

import java.util.List;
import java.util.UUID;

import kz.qujat.catalog.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the public report counts in a school's registry: papers given, and refusals withdrawn as unjustified. */
@Repository
public class Tallies {

	private final JdbcClient jdbc;

	Tallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many papers of each kind a school's services gave in a year, by service and channel. Only issued
	 * documents count; void numbers never became papers.
	 */
	public List<Tally> of(UUID schoolId, int year) {
		return jdbc.sql("""
				select service, kind, channel, count(*) as papers from issued_document
				where school_id = ? and reg_year = ? and status = 'issued' and service is not null
				group by service, kind, channel
				""").params(schoolId, year)
			.query((rs, row) -> new Tally(rs.getString("service"), DocumentKind.fromCode(rs.getString("kind")),
					Channel.fromCode(rs.getString("channel")), rs.getInt("papers")))
			.list();
	}

	/**
	 * How many of the school's refusals of a year were withdrawn as unjustified: revoked because the refusal
	 * was overturned.
	 */
	public int unjustifiedRefusals(UUID schoolId, int year) {
		return jdbc.sql("""
				select count(*) from issued_document
				where school_id = ? and reg_year = ? and kind = 'refusal' and status = 'revoked'
				  and revocation_reason = ?
				""").params(schoolId, year, RevocationReason.REFUSAL_OVERTURNED.code()).query(Integer.class).single();
	}

	/** A count of one kind of paper of one service, given through one channel. */
	public record Tally(String service, DocumentKind kind, Channel channel, int papers) {
	}
}
