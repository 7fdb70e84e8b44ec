package kz.qujat.printing;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.registry.DocumentAlreadyRevoked;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.DocumentNotIssued;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.InvalidField;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Print jobs: stored as {@code queued} when asked for, then sent and followed by {@link PrintWorker}. A receipt is
 * printed twice unless asked otherwise (one for the applicant, one for the file); other papers as the printer says.
 */
@Service
public class PrintJobs {

	static final int RECEIPT_COPIES = 2;

	private final JdbcClient jdbc;
	private final IssuedDocuments documents;
	private final Printers printers;
	private final PrinterDevices devices;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PrintJobs(JdbcClient jdbc, IssuedDocuments documents, Printers printers, PrinterDevices devices,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.printers = printers;
		this.devices = devices;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a job for one issued document of the staff member's school; the worker sends it. */
	@Transactional
	public PrintJob print(StaffMember staff, UUID documentId, PrintRequest request) {
		IssuedDocument document = documents.find(staff.schoolId(), documentId)
			.orElseThrow(() -> new DocumentNotFound(documentId));
		if (document.status() == DocumentStatus.REVOKED) {
			throw new DocumentAlreadyRevoked(documentId);
		}
		byte[] pdf = documents.pdf(staff.schoolId(), documentId).orElseThrow(() -> new DocumentNotIssued(documentId));
		Printer printer = printers.chosen(staff.schoolId(), request.printer());
		int copies = request.copies() != null ? request.copies()
				: document.kind() == DocumentKind.RECEIPT ? Math.max(RECEIPT_COPIES, printer.copies()) : printer.copies();
		if (copies < 1 || copies > 99) {
			throw new InvalidField("copies", "copies-range");
		}
		Sides sides = request.sides() == null ? printer.sides() : Sides.of("sides", request.sides());
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into print_job (id, school_id, document_id, printer_id, printer_name, printer_uri, copies, sides,
				    media, state, attempts, next_attempt_at, requested_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)
				""").params(id, staff.schoolId(), documentId, printer.id(), printer.name(), printer.uri().toString(), copies,
						sides.keyword(), sizeOf(pdf, printer.media()).name(), now, staff.id(), now, now)
			.update();
		events.publishEvent(new DocumentPrinted(staff.schoolId(), document.number().toString(), printer.name(), copies));
		return find(staff.schoolId(), id).orElseThrow();
	}

	public Optional<PrintJob> find(UUID schoolId, UUID id) {
		return jdbc.sql("select * from print_job where id = ? and school_id = ?").params(id, schoolId)
			.query(PrintJobs::job).optional();
	}

	/** The school's latest jobs, newest first. */
	public List<PrintJob> list(UUID schoolId, int limit) {
		return jdbc.sql("select * from print_job where school_id = ? order by created_at desc, id limit ?")
			.params(schoolId, limit).query(PrintJobs::job).list();
	}

	/**
	 * Cancels a job: ours at once while the printer does not have it; one the printer has is canceled there too.
	 * A job being sent right now is marked canceled, and the worker cancels it on the printer once it was taken.
	 */
	public PrintJob cancel(UUID schoolId, UUID id) {
		PrintJob job = find(schoolId, id).orElseThrow(() -> new PrintJobNotFound(id));
		if (job.state().finished()) {
			throw new PrintJobFinished(id);
		}
		if (job.state() == PrintJobState.PROCESSING && job.printerJobId() != null) {
			try {
				devices.cancel(printerUri(id), job.printerJobId());
			}
			catch (PrinterNotAnswering notAnswering) {
				// the printer will be asked again by the worker, which finds the job canceled and cancels it there
			}
		}
		int updated = jdbc.sql("""
				update print_job set state = 'canceled', reason = 'canceled-by-user', updated_at = ?
				where id = ? and state not in ('completed', 'aborted', 'canceled')
				""").params(now(), id).update();
		if (updated == 0) {
			throw new PrintJobFinished(id);
		}
		return find(schoolId, id).orElseThrow();
	}

	java.net.URI printerUri(UUID jobId) {
		return java.net.URI.create(jdbc.sql("select printer_uri from print_job where id = ?").param(jobId)
			.query(String.class).single());
	}

	/** Posters print on the size they were made for: a first page taller than A4 is A3. */
	private static Media sizeOf(byte[] pdf, Media otherwise) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.getNumberOfPages() == 0) {
				return otherwise;
			}
			var box = document.getPage(0).getMediaBox();
			return Math.max(box.getHeight(), box.getWidth()) > 1000f ? Media.A3 : otherwise;
		}
		catch (IOException unreadable) {
			return otherwise;
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	static PrintJob job(ResultSet rs, int row) throws SQLException {
		Integer printerJobId = rs.getObject("printer_job_id", Integer.class);
		return new PrintJob(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getObject("document_id", UUID.class), rs.getObject("printer_id", UUID.class),
				rs.getString("printer_name"), rs.getInt("copies"), Sides.of("sides", rs.getString("sides")),
				Media.valueOf(rs.getString("media")), PrintJobState.of(rs.getString("state")), rs.getString("reason"),
				rs.getString("ignored"), printerJobId, rs.getInt("attempts"),
				rs.getObject("requested_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
