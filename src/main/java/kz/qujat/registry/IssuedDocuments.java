package kz.qujat.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;

import kz.qujat.system.Iin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registration journal and the stored documents. A number is taken in one short transaction that
 * also writes the entry as pending; the PDF is made outside it and stored by {@link #complete}. So the
 * counter's row lock is held for a few statements only, and a number is never lost or given twice: an
 * entry whose PDF fails is voided, one left pending by a crashed instance is voided once it is older
 * than {@link RegistrySettings#abandonAfter()}, and one still being made when this instance stops is voided
 * before its database connections close.
 */
@Repository
public class IssuedDocuments {

	private static final Logger log = LoggerFactory.getLogger(IssuedDocuments.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final RegistrySettings settings;
	/** The entries this instance registered and has not completed or voided yet. */
	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	IssuedDocuments(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, RegistrySettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
	}

	/** Takes the next number of the school, journal and year, and writes the entry as pending. */
	public Registration register(NewRegistration entry) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		Integer sequence = transactions.execute(status -> takeNumber(entry, id, now));
		if (sequence == null) {
			createCounter(entry);
			sequence = transactions.execute(status -> takeNumber(entry, id, now));
		}
		if (sequence == null) {
			throw new IllegalStateException("the registration counter could not be created");
		}
		inFlight.add(id);
		return new Registration(id, new RegistrationNumber(entry.numberPrefix(), entry.year(), sequence), now);
	}

	private Integer takeNumber(NewRegistration entry, UUID id, Instant now) {
		int updated = jdbc.sql("""
				update registration_counter set last_number = last_number + 1
				where school_id = ? and journal = ? and reg_year = ?
				""").params(entry.schoolId(), entry.journal(), entry.year()).update();
		if (updated == 0) {
			return null;
		}
		int sequence = jdbc.sql("""
				select last_number from registration_counter where school_id = ? and journal = ? and reg_year = ?
				""").params(entry.schoolId(), entry.journal(), entry.year()).query(Integer.class).single();
		RegistrationNumber number = new RegistrationNumber(entry.numberPrefix(), entry.year(), sequence);
		jdbc.sql("""
				insert into issued_document (id, school_id, journal, service, series, reg_year, reg_seq, reg_number, kind,
				    channel, status, verification_code, applicant_name, applicant_iin, issued_by, received_at, accepted_at,
				    due_on, due_at, holiday_calendar, registered_at, content)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, entry.schoolId(), entry.journal(), entry.service(), entry.series(), entry.year(), sequence,
					number.toString(), entry.kind().code(), entry.channel(), entry.verificationCode(), entry.applicantName(),
					entry.applicantIin() == null ? null : entry.applicantIin().value(), entry.issuedBy(),
					utc(entry.receivedAt()), utc(entry.acceptedAt()), entry.dueOn(), utc(entry.dueAt()),
					entry.holidayCalendar(), utc(now), entry.content())
			.update();
		return sequence;
	}

	private void createCounter(NewRegistration entry) {
		try {
			jdbc.sql("insert into registration_counter (school_id, journal, reg_year, last_number) values (?, ?, ?, 0)")
				.params(entry.schoolId(), entry.journal(), entry.year())
				.update();
		}
		catch (DuplicateKeyException createdByAnotherRequest) {
			// the counter exists now, which is all this needed
		}
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
			inFlight.remove(id);
		}
	}

	private Optional<IssuedDocument> store(UUID id, byte[] pdf, String sha256, DocumentSignature signature) {
		int updated = jdbc.sql("""
				update issued_document set status = 'issued', pdf_sha256 = ?, issued_at = ?, signed_by = ?,
				    signed_at = ?, signature_valid = ?
				where id = ? and status = 'pending'
				""").params(sha256, utc(clock.instant()), signature.signer(), utc(signature.signedAt()),
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
	 * How many papers of each kind a school's services gave in a year, by service and channel: what the
	 * public report counts. Only issued documents count; void numbers never became papers.
	 */
	public List<Tally> tally(UUID schoolId, int year) {
		return jdbc.sql("""
				select service, kind, channel, count(*) as papers from issued_document
				where school_id = ? and reg_year = ? and status = 'issued' and service is not null
				group by service, kind, channel
				""").params(schoolId, year)
			.query((rs, row) -> new Tally(rs.getString("service"), DocumentKind.fromCode(rs.getString("kind")),
					rs.getString("channel"), rs.getInt("papers")))
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
	public record Tally(String service, DocumentKind kind, String channel, int papers) {
	}

	/** Keeps the number in the journal, marked void, when its document could not be made. */
	public void voidPending(UUID id, String reason) {
		jdbc.sql("update issued_document set status = 'void', void_reason = ? where id = ? and status = 'pending'")
			.params(reason, id)
			.update();
		inFlight.remove(id);
	}

	/**
	 * Voids what this instance is still making as it stops: it runs after the web server stopped taking and
	 * finishing requests and before the connection pool closes, so nothing it numbered stays pending. A request
	 * that outlived the graceful shutdown then gets {@link RegistrationVoided} for its paper.
	 */
	@PreDestroy
	void voidInFlight() {
		List<UUID> stopped = List.copyOf(inFlight);
		if (stopped.isEmpty()) {
			return;
		}
		try {
			int voided = jdbc.sql("""
					update issued_document set status = 'void', void_reason = 'stopped' where status = 'pending' and id in (:ids)
					""").param("ids", stopped).update();
			log.warn("Voided {} journal entries: the service stopped while their documents were being made", voided);
		}
		catch (DataAccessException unreachable) {
			log.warn("Left {} journal entries pending, the database being unreachable; they are voided once older than {}",
					stopped.size(), settings.abandonAfter());
		}
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
				""").params(utc(clock.instant()), reason.code(), note, revokedBy, id, schoolId).update();
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

	/** The school's journal, oldest first: every number taken, whatever became of it. */
	public List<IssuedDocument> journal(UUID schoolId, JournalFilter filter) {
		StringBuilder sql = new StringBuilder("select * from issued_document where school_id = :school");
		Map<String, Object> params = new HashMap<>();
		params.put("school", schoolId);
		if (filter.journal() != null) {
			sql.append(" and journal = :journal");
			params.put("journal", filter.journal());
		}
		if (filter.service() != null) {
			sql.append(" and service = :service");
			params.put("service", filter.service());
		}
		if (filter.kind() != null) {
			sql.append(" and kind = :kind");
			params.put("kind", filter.kind().code());
		}
		if (filter.year() != null) {
			sql.append(" and reg_year = :year");
			params.put("year", filter.year());
		}
		if (filter.from() != null) {
			sql.append(" and registered_at >= :from");
			params.put("from", utc(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and registered_at < :to");
			params.put("to", utc(filter.to()));
		}
		sql.append(" order by registered_at, reg_seq limit :limit offset :offset");
		params.put("limit", filter.limit());
		params.put("offset", filter.offset());
		return jdbc.sql(sql.toString()).params(params).query(IssuedDocuments::entry).list();
	}

	public Optional<IssuedDocument> findByVerificationCode(String code) {
		return jdbc.sql("select * from issued_document where verification_code = ? and status in ('issued', 'superseded', 'revoked')")
			.param(code)
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

	/** Voids entries left pending longer than any rendering takes: their instance stopped mid-way. */
	@Scheduled(initialDelay = 0, fixedDelayString = "${qujat.registry.sweep-every:60s}")
	public int voidAbandoned() {
		Instant before = clock.instant().minus(settings.abandonAfter());
		int voided = jdbc.sql("""
				update issued_document set status = 'void', void_reason = 'abandoned'
				where status = 'pending' and registered_at < ?
				""").param(utc(before)).update();
		if (voided > 0) {
			log.warn("Voided {} journal entries left pending before {}", voided, before);
		}
		return voided;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static IssuedDocument entry(ResultSet rs, int row) throws SQLException {
		String iin = rs.getString("applicant_iin");
		return new IssuedDocument(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getString("journal"), rs.getString("service"), rs.getString("series"), rs.getString("reg_number"),
				DocumentKind.fromCode(rs.getString("kind")), rs.getString("channel"),
				DocumentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				rs.getString("verification_code"), rs.getString("applicant_name"), iin == null ? null : Iin.of(iin),
				rs.getObject("issued_by", UUID.class), instant(rs, "received_at"), instant(rs, "accepted_at"),
				rs.getObject("due_on", LocalDate.class), instant(rs, "due_at"), rs.getBoolean("holiday_calendar"),
				instant(rs, "registered_at"), instant(rs, "issued_at"), rs.getString("pdf_sha256"), rs.getString("content"),
				signature(rs), revocation(rs));
	}

	private static Revocation revocation(ResultSet rs) throws SQLException {
		String reason = rs.getString("revocation_reason");
		return reason == null ? null
				: new Revocation(instant(rs, "revoked_at"), RevocationReason.fromCode(reason).orElseThrow(),
						rs.getString("revocation_note"), rs.getObject("revoked_by", UUID.class));
	}

	private static DocumentSignature signature(ResultSet rs) throws SQLException {
		String signer = rs.getString("signed_by");
		return signer == null ? null
				: new DocumentSignature(signer, instant(rs, "signed_at"), rs.getBoolean("signature_valid"));
	}
}
