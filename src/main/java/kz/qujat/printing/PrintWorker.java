package kz.qujat.printing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the stored jobs and follows them on the printer. Each step claims its job with a conditional update, so
 * that several instances polling one database never send a job twice. A job a dead instance left {@code sending}
 * is looked up in the printer's job list (by its name, our job id) before it is sent again. A job that ends tells
 * {@link PrintJobEnded} in the transaction that ends it.
 */
@Component
class PrintWorker {

	private static final Logger log = LoggerFactory.getLogger(PrintWorker.class);

	private final JdbcClient jdbc;
	private final PrintJobs printJobs;
	private final PrinterDevices devices;
	private final PrintingSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PrintWorker(JdbcClient jdbc, PrintJobs printJobs, PrinterDevices devices, PrintingSettings settings,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.printJobs = printJobs;
		this.devices = devices;
		this.settings = settings;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${qujat.printing.poll-millis:500}")
	void work() {
		OffsetDateTime now = now();
		for (PrintJob job : jobs("state in ('queued', 'waiting-for-printer') and next_attempt_at <= ?", now)) {
			if (claim(job.id(), "state in ('queued', 'waiting-for-printer') and next_attempt_at <= ?", now)) {
				send(job, job.attempts() > 0);
			}
		}
		OffsetDateTime stale = now.minus(settings.sendingStale());
		for (PrintJob job : jobs("state = 'sending' and claimed_at < ?", stale)) {
			if (claim(job.id(), "state = 'sending' and claimed_at < ?", stale)) {
				send(job, true);
			}
		}
		for (PrintJob job : jobs("state = 'processing'", null)) {
			follow(job);
		}
	}

	private void send(PrintJob job, boolean mayHaveArrived) {
		URI printer = printJobs.printerUri(job.id());
		try {
			if (mayHaveArrived) {
				Optional<PrinterDevices.DeviceJob> arrived = devices.jobs(printer).stream()
					.filter(sent -> job.id().toString().equals(sent.name())).findFirst();
				if (arrived.isPresent()) {
					update(job.id(), "state = 'processing', printer_job_id = ?", "state = 'sending'", arrived.get().id());
					return;
				}
			}
			byte[] pdf = printJobs.file(job);
			PrinterDevices.Submission submission = devices.print(printer, job.id().toString(), pdf, job.copies(),
					job.sides(), job.media());
			if (!submission.accepted()) {
				end(job.id(), () -> update(job.id(), "state = 'aborted', reason = ?", "state = 'sending'",
						reason(submission.status(), submission.message())));
				return;
			}
			String ignored = submission.status().equals("successful-ok") ? null
					: submission.ignored() == null ? submission.status() : submission.ignored();
			if (!update(job.id(), "state = 'processing', printer_job_id = ?, ignored = ?", "state = 'sending'",
					submission.jobId(), ignored)) {
				devices.cancel(printer, submission.jobId());
			}
		}
		catch (PrinterNotAnswering notAnswering) {
			log.info("Printer of job {} does not answer: {}", job.id(), notAnswering.getMessage());
			update(job.id(), "state = 'waiting-for-printer', reason = 'printer-not-answering', attempts = attempts + 1, "
					+ "next_attempt_at = ?", "state = 'sending'", now().plus(backoff(job.attempts())));
		}
	}

	/**
	 * Asks the printer how a job it took is going. While it does not answer, the job says so; when it has not
	 * answered for {@code give-up-after}, the job is aborted as lost (whether it printed is then for a person to see).
	 */
	private void follow(PrintJob job) {
		try {
			PrinterDevices.DeviceJob onPrinter = devices.job(printJobs.printerUri(job.id()), job.printerJobId());
			if (onPrinter.finished()) {
				end(job.id(), () -> update(job.id(), "state = ?, reason = ?, unreachable_since = null",
						"state = 'processing'", onPrinter.state(),
						onPrinter.reasons() == null || onPrinter.reasons().isEmpty() ? null : onPrinter.reasons()));
			}
			else {
				update(job.id(), "reason = null, unreachable_since = null",
						"state = 'processing' and unreachable_since is not null");
			}
		}
		catch (PrinterNotAnswering notAnswering) {
			log.debug("Printer of job {} does not answer: {}", job.id(), notAnswering.getMessage());
			OffsetDateTime now = now();
			update(job.id(), "reason = 'printer-not-answering', unreachable_since = ?",
					"state = 'processing' and unreachable_since is null", now);
			end(job.id(), () -> jdbc.sql("""
					update print_job set state = 'aborted', reason = 'printer-lost', updated_at = ?
					where id = ? and state = 'processing' and unreachable_since < ?
					""").params(now, job.id(), now.minus(settings.giveUpAfter())).update() == 1);
		}
	}

	/** Doubles from the first retry on, up to the last. */
	private Duration backoff(int attempts) {
		Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
		return wait.compareTo(settings.lastRetry()) > 0 ? settings.lastRetry() : wait;
	}

	private List<PrintJob> jobs(String condition, Object parameter) {
		var sql = jdbc.sql("select * from print_job where " + condition + " order by created_at limit 20");
		return (parameter == null ? sql : sql.param(parameter)).query(PrintJobs::job).list();
	}

	private boolean claim(UUID id, String condition, Object parameter) {
		OffsetDateTime now = now();
		return jdbc.sql("update print_job set state = 'sending', claimed_at = ?, updated_at = ? where id = ? and "
				+ condition).params(now, now, id, parameter).update() == 1;
	}

	/** Sets {@code assignments} (whose parameters are {@code parameters}) where {@code condition} still holds. */
	private boolean update(UUID id, String assignments, String condition, Object... parameters) {
		Object[] all = new Object[parameters.length + 2];
		System.arraycopy(parameters, 0, all, 0, parameters.length);
		all[parameters.length] = now();
		all[parameters.length + 1] = id;
		return jdbc.sql("update print_job set " + assignments + ", updated_at = ? where id = ? and " + condition)
			.params(all).update() == 1;
	}

	/** Makes the change that ends a job and, when it did, tells {@link PrintJobEnded} in the same transaction. */
	private void end(UUID id, BooleanSupplier change) {
		transactions.executeWithoutResult(status -> {
			if (change.getAsBoolean()) {
				events.publishEvent(new PrintJobEnded(printJobs.withNumbers(jobs("id = ?", id)).get(0)));
			}
		});
	}

	private static String reason(String status, String message) {
		String reason = message == null ? status : status + ": " + message;
		return reason.length() > 500 ? reason.substring(0, 500) : reason;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
