package kz.qujat.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.catalog.Channel;
import kz.qujat.system.Iin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registration journal and the stored documents: an entry's PDF stored once {@link Numbering} gave it a number,
 * revocations, and the journal read back by school, series, code or hash.
 */
@Repository
public class IssuedDocuments {

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Numbering numbering;

	IssuedDocuments(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, Numbering numbering) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.numbering = numbering;
	}

	/**
	 * Stores the finished, signed PDF of a pending entry and marks it issued; a document of a series supersedes
	 * the series' earlier ones in the same transaction. Fails with {@link RegistrationVoided} when the entry was
	 * voided meanwhile.
	 */
	public IssuedDocument complete(Registration registration, byte[] pdf, String sha256, DocumentSignature signature) {
		UUID id = registration.id();
		try {
			return transactions.execute(status -> store(id, pdf, sha256, signature)
				.orElseThrow(() -> new RegistrationVoided(registration.number().toString())));
		}
		finally {
			numbering.settled(id);
		}
	}

	private Optional<IssuedDocument> store(UUID id, byte[] pdf, String sha256, DocumentSignature signature) {
		int updated = jdbc.sql("""
				update issued_document set status = 'issued', pdf_sha256 = ?, issued_at = ?, signed_by = ?,
				    signed_at = ?, signature_valid = ?
				where id = ? and status = 'pending'
				""").params(sha256, Utc.of(clock.instant()), signature.signer(), Utc.of(signature.signedAt()),
						signature.valid(), id).update();
		if (updated == 0) {
			return Optional.empty();
		}
		jdbc.sql("insert into issued_document_pdf (document_id, pdf) values (?, ?)").params(id, pdf).update();
		IssuedDocument issued = jdbc.sql("select * from issued_document where id = ?").param(id)
			.query(IssuedDocuments::entry).single();
		if (issued.series() != null) {
			jdbc.sql("""
					update issued_document set status = 'superseded'
					where school_id = ? and series = ? and status = 'issued' and id <> ?
					""").params(issued.schoolId(), issued.series(), id).update();
		}
		return Optional.of(issued);
	}

	/** The current (newest issued) document of a series, if there is one. */
	public Optional<IssuedDocument> current(UUID schoolId, String series) {
		return jdbc.sql("""
				select * from issued_document where school_id = ? and series = ? and status = 'issued'
				order by registered_at desc limit 1
				""").params(schoolId, series).query(IssuedDocuments::entry).optional();
	}

	/**
	 * Revokes an issued document of the school: it stays in the journal with its PDF, marked revoked for good.
	 * Fails when the school has no such document, when it was revoked before, or when the entry holds no document.
	 */
	public IssuedDocument revoke(UUID schoolId, UUID id, RevocationReason reason, String note, UUID revokedBy) {
		int updated = jdbc.sql("""
				update issued_document set status = 'revoked', revoked_at = ?, revocation_reason = ?, revocation_note = ?,
				    revoked_by = ?
				where id = ? and school_id = ? and status in ('issued', 'superseded')
				""").params(Utc.of(clock.instant()), reason.code(), note, revokedBy, id, schoolId).update();
		IssuedDocument document = find(schoolId, id).orElseThrow(() -> new DocumentNotFound(id));
		if (updated == 0) {
			throw document.status() == DocumentStatus.REVOKED ? new DocumentAlreadyRevoked(id) : new DocumentNotIssued(id);
		}
		return document;
	}

	public Optional<IssuedDocument> find(UUID schoolId, UUID id) {
		return jdbc.sql("select * from issued_document where id = ? and school_id = ?")
			.params(id, schoolId)
			.query(IssuedDocuments::entry)
			.optional();
	}

	/** The stored bytes of a document, exactly as first handed out; none for a number that never became one. */
	public Optional<byte[]> pdf(UUID schoolId, UUID id) {
		return jdbc.sql("""
				select p.pdf from issued_document_pdf p join issued_document d on d.id = p.document_id
				where d.id = ? and d.school_id = ?
				""").params(id, schoolId)
			.query((rs, row) -> rs.getBytes("pdf"))
			.optional();
	}

	/**
	 * The school's journal, oldest first unless the filter asks for the newest first: every number taken, whatever
	 * became of it.
	 */
	public List<IssuedDocument> journal(UUID schoolId, JournalFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String order = filter.newestFirst() ? "registered_at desc, reg_seq desc" : "registered_at, reg_seq";
		String sql = "select * from issued_document" + where(schoolId, filter, params) + " order by " + order
				+ " limit :limit offset :offset";
		params.put("limit", filter.limit());
		params.put("offset", filter.offset());
		return jdbc.sql(sql).params(params).query(IssuedDocuments::entry).list();
	}

	/**
	 * The next entries of a counter's journal of a year, oldest first, after {@code after} (from the first if null):
	 * how a whole year is read a page at a time, each page found where the last one ended, in the journal's order.
	 */
	public List<IssuedDocument> journalAfter(UUID schoolId, String counter, int year, IssuedDocument after, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("school", schoolId);
		params.put("counter", counter);
		params.put("year", year);
		params.put("limit", limit);
		String from = "";
		if (after != null) {
			// the first condition alone is one the index can start its range at
			from = " and registered_at >= :at and (registered_at > :at or reg_seq > :seq)";
			params.put("at", Utc.of(after.registeredAt()));
			params.put("seq", after.number().sequence());
		}
		return jdbc.sql("select * from issued_document where school_id = :school and journal = :counter and reg_year = :year"
				// ordered by all the index's columns, the equal ones too, so that H2 reads the page off the index and stops
				+ from + " order by school_id, journal, reg_year, registered_at, reg_seq limit :limit")
			.params(params)
			.query(IssuedDocuments::entry)
			.list();
	}

	/** How many entries of the school's journal the filter lets through, whatever its limit and offset. */
	public int count(UUID schoolId, JournalFilter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from issued_document" + where(schoolId, filter, params)).params(params)
			.query(Integer.class).single();
	}

	private static String where(UUID schoolId, JournalFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" where school_id = :school");
		params.put("school", schoolId);
		if (filter.counter() != null) {
			sql.append(" and journal = :counter");
			params.put("counter", filter.counter());
		}
		if (filter.service() != null) {
			sql.append(" and service = :service");
			params.put("service", filter.service());
		}
		if (filter.kind() != null) {
			sql.append(" and kind = :kind");
			params.put("kind", filter.kind().code());
		}
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().code());
		}
		if (filter.text() != null) {
			sql.append(" and (lower(reg_number) like :text escape '\\' or lower(applicant_name) like :text escape '\\')");
			params.put("text", "%" + likeLiteral(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.year() != null) {
			sql.append(" and reg_year = :year");
			params.put("year", filter.year());
		}
		if (filter.from() != null) {
			sql.append(" and registered_at >= :from");
			params.put("from", Utc.of(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and registered_at < :to");
			params.put("to", Utc.of(filter.to()));
		}
		return sql.toString();
	}

	/** The text as a LIKE pattern matches it literally: its own % and _ are not wildcards. */
	private static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public Optional<IssuedDocument> findByVerificationCode(VerificationCode code) {
		return jdbc.sql("select * from issued_document where verification_code = ? and status in ('issued', 'superseded', 'revoked')")
			.param(code.value())
			.query(IssuedDocuments::entry)
			.optional();
	}

	/** The document (issued, superseded or revoked) whose stored PDF has this SHA-256, if any. */
	public Optional<IssuedDocument> findBySha256(String sha256) {
		return jdbc.sql("select * from issued_document where pdf_sha256 = ? and status in ('issued', 'superseded', 'revoked')")
			.param(sha256)
			.query(IssuedDocuments::entry)
			.optional();
	}

	private static IssuedDocument entry(ResultSet rs, int row) throws SQLException {
		return new IssuedDocument(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getString("service"), rs.getString("series"), RegistrationNumber.parse(rs.getString("reg_number")),
				DocumentKind.fromCode(rs.getString("kind")), Channel.fromCode(rs.getString("channel")),
				DocumentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				new VerificationCode(rs.getString("verification_code")), holder(rs), rs.getObject("issued_by", UUID.class),
				new Term(Utc.instant(rs, "received_at"), Utc.instant(rs, "accepted_at"), rs.getObject("due_on", LocalDate.class),
						Utc.instant(rs, "due_at"), rs.getBoolean("holiday_calendar")),
				Utc.instant(rs, "registered_at"), Utc.instant(rs, "issued_at"), rs.getString("pdf_sha256"),
				rs.getString("content"), signature(rs), revocation(rs));
	}

	private static Holder holder(ResultSet rs) throws SQLException {
		String name = rs.getString("applicant_name");
		String iin = rs.getString("applicant_iin");
		return name == null ? null : new Holder(name, iin == null ? null : Iin.of(iin));
	}

	private static Revocation revocation(ResultSet rs) throws SQLException {
		String reason = rs.getString("revocation_reason");
		return reason == null ? null
				: new Revocation(Utc.instant(rs, "revoked_at"), RevocationReason.fromCode(reason).orElseThrow(),
						rs.getString("revocation_note"), rs.getObject("revoked_by", UUID.class));
	}

	private static DocumentSignature signature(ResultSet rs) throws SQLException {
		String signer = rs.getString("signed_by");
		return signer == null ? null
				: new DocumentSignature(signer, Utc.instant(rs, "signed_at"), rs.getBoolean("signature_valid"));
	}
}
