package kz.qujat.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where registration numbers are taken. A number is taken in one short transaction that holds the counter's row
 * lock and writes the journal entry as pending; the PDF is made outside it and stored by
 * {@link IssuedDocuments#complete}. So the lock is held for a few statements only, and a number is never lost or
 * given twice: an entry whose PDF fails is voided, one left pending by a crashed instance is voided once it is older
 * than {@link RegistrySettings#abandonAfter()}, and one still being made when this instance stops is voided before
 * its database connections close. The tables call a counter's name {@code journal}, the word it had before the
 * journal came to mean the listing.
 */
@Repository
public class Numbering {

	private static final Logger log = LoggerFactory.getLogger(Numbering.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final RegistrySettings settings;
	/** The entries this instance registered and has not completed or voided yet. */
	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	Numbering(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, RegistrySettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
	}

	/** Takes the next number of the school, counter and year, and writes the entry as pending. */
	public Registration take(NewRegistration entry) {
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
		return new Registration(id, new RegistrationNumber(entry.counter().prefix(), entry.year(), sequence), now);
	}

	private Integer takeNumber(NewRegistration entry, UUID id, Instant now) {
		int updated = jdbc.sql("""
				update registration_counter set last_number = last_number + 1
				where school_id = ? and journal = ? and reg_year = ?
				""").params(entry.schoolId(), entry.counter().name(), entry.year()).update();
		if (updated == 0) {
			return null;
		}
		int sequence = jdbc.sql("""
				select last_number from registration_counter where school_id = ? and journal = ? and reg_year = ?
				""").params(entry.schoolId(), entry.counter().name(), entry.year()).query(Integer.class).single();
		RegistrationNumber number = new RegistrationNumber(entry.counter().prefix(), entry.year(), sequence);
		Holder holder = entry.holder();
		Term term = entry.term();
		jdbc.sql("""
				insert into issued_document (id, school_id, journal, service, series, reg_year, reg_seq, reg_number, kind,
				    channel, status, verification_code, applicant_name, applicant_iin, issued_by, received_at, accepted_at,
				    due_on, due_at, holiday_calendar, registered_at, content)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, entry.schoolId(), entry.counter().name(), entry.service(), entry.series(), entry.year(), sequence,
					number.toString(), entry.kind().code(), entry.channel().code(), entry.verificationCode().value(),
					holder == null ? null : holder.name(),
					holder == null || holder.iin() == null ? null : holder.iin().value(), entry.issuedBy(),
					Utc.of(term.receivedAt()), Utc.of(term.acceptedAt()), term.dueOn(), Utc.of(term.dueAt()),
					term.holidayCalendar(), Utc.of(now), entry.content())
			.update();
		return sequence;
	}

	private void createCounter(NewRegistration entry) {
		try {
			jdbc.sql("insert into registration_counter (school_id, journal, reg_year, last_number) values (?, ?, ?, 0)")
				.params(entry.schoolId(), entry.counter().name(), entry.year())
				.update();
		}
		catch (DuplicateKeyException createdByAnotherRequest) {
			// the counter exists now, which is all this needed
		}
	}

	/** Keeps the number in the journal, marked void, when its document could not be made. */
	public void voidPending(UUID id, String reason) {
		jdbc.sql("update issued_document set status = 'void', void_reason = ? where id = ? and status = 'pending'")
			.params(reason, id)
			.update();
		settled(id);
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

	/** Voids entries left pending longer than any rendering takes: their instance stopped mid-way. */
	@Scheduled(initialDelay = 0, fixedDelayString = "${qujat.registry.sweep-every:60s}")
	public int voidAbandoned() {
		Instant before = clock.instant().minus(settings.abandonAfter());
		int voided = jdbc.sql("""
				update issued_document set status = 'void', void_reason = 'abandoned'
				where status = 'pending' and registered_at < ?
				""").param(Utc.of(before)).update();
		if (voided > 0) {
			log.warn("Voided {} journal entries left pending before {}", voided, before);
		}
		return voided;
	}

	/** The entry is stored or voided: nothing is left to void when this instance stops. */
	void settled(UUID id) {
		inFlight.remove(id);
	}
}
