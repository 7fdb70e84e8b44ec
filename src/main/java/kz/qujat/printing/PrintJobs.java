package kz.qujat.printing;

import java.io.IOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.registry.DocumentAlreadyRevoked;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.DocumentNotFound;
import kz.qujat.registry.DocumentNotIssued;
import kz.qujat.registry.DocumentStatus;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.JournalFilter;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Coded;
import kz.qujat.system.InvalidField;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Print jobs: stored as {@code queued} when asked for, then sent and followed by {@link PrintWorker}. A receipt is
 * printed twice unless asked otherwise (one for the applicant, one for the file); other papers as the printer says.
 * A batch is one job of one file ({@link BatchFiles}), printed once.
 */
@Service
public class PrintJobs {

	static final int RECEIPT_COPIES = 2;

	/** The most papers one batch holds. */
	static final int BATCH_LIMIT = 200;

	private static final Comparator<IssuedDocument> JOURNAL_ORDER = Comparator.comparing(IssuedDocument::registeredAt)
		.thenComparing(document -> document.number().sequence());

	private final JdbcClient jdbc;
	private final IssuedDocuments documents;
	private final Printers printers;
	private final PrinterDevices devices;
	private final BatchFiles batchFiles;
	private final Schools schools;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	PrintJobs(JdbcClient jdbc, IssuedDocuments documents, Printers printers, PrinterDevices devices,
			BatchFiles batchFiles, Schools schools, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.printers = printers;
		this.devices = devices;
		this.batchFiles = batchFiles;
		this.schools = schools;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Stores a job for one issued document of the staff member's school; the worker sends its stored PDF. */
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
		return store(staff, new Job(documentId, printer, copies, sides, sizeOf(pdf, printer.media()), List.of(document),
				null));
	}

	/**
	 * Stores one job for several papers of the school: the cover sheet and the papers, in journal order, merged into
	 * one file that is kept with the job. Printed once, on the printer's sides unless asked.
	 */
	public PrintJob batch(StaffMember staff, BatchRequest request) {
		List<IssuedDocument> papers = papers(staff.schoolId(), request);
		Printer printer = printers.chosen(staff.schoolId(), request.printer());
		Sides sides = request.sides() == null ? printer.sides() : Sides.of("sides", request.sides());
		List<byte[]> pdfs = papers.stream()
			.map(paper -> documents.pdf(staff.schoolId(), paper.id()).orElseThrow(() -> new DocumentNotIssued(paper.id())))
			.toList();
		byte[] file = batchFiles.merge(schools.require(staff.schoolId()), clock.instant(), printer.name(), sides, papers,
				pdfs);
		return store(staff, new Job(null, printer, 1, sides, sizeOf(pdfs.get(0), printer.media()), papers, file));
	}

	/** What one job is made of before it is stored. */
	private record Job(UUID documentId, Printer printer, int copies, Sides sides, Media media,
			List<IssuedDocument> papers, byte[] file) {
	}

	private PrintJob store(StaffMember staff, Job job) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into print_job (id, school_id, document_id, printer_id, printer_name, printer_uri, copies,
					    sides, media, state, attempts, next_attempt_at, requested_by, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)
					""").params(id, staff.schoolId(), job.documentId(), job.printer().id(), job.printer().name(),
							job.printer().uri().toString(), job.copies(), job.sides().keyword(), job.media().name(), now,
							staff.id(), now, now)
				.update();
			for (int position = 0; position < job.papers().size(); position++) {
				IssuedDocument paper = job.papers().get(position);
				jdbc.sql("insert into print_job_paper (job_id, position, document_id, reg_number) values (?, ?, ?, ?)")
					.params(id, position, paper.id(), paper.number().toString()).update();
			}
			if (job.file() != null) {
				jdbc.sql("insert into print_job_file (job_id, pdf) values (?, ?)").params(id, job.file()).update();
			}
			for (IssuedDocument paper : job.papers()) {
				events.publishEvent(new DocumentPrinted(staff.schoolId(), paper.number().toString(),
						job.printer().name(), job.copies()));
			}
		});
		return find(staff.schoolId(), id).orElseThrow();
	}

	/** The papers a batch asks for, in journal order: each an issued paper of the school. */
	private List<IssuedDocument> papers(UUID schoolId, BatchRequest request) {
		if ((request.documents() == null) == (request.filter() == null)) {
			throw new InvalidField("documents", "batch-one-of");
		}
		List<IssuedDocument> papers = request.documents() != null ? listed(schoolId, request.documents())
				: found(schoolId, request.filter());
		return papers.stream().sorted(JOURNAL_ORDER).toList();
	}

	private List<IssuedDocument> listed(UUID schoolId, List<UUID> ids) {
		if (ids.isEmpty() || ids.size() > BATCH_LIMIT) {
			throw new InvalidField("documents", "batch-size");
		}
		List<IssuedDocument> papers = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			String field = "documents[" + i + "]";
			UUID id = ids.get(i);
			if (id == null || ids.subList(0, i).contains(id)) {
				throw new InvalidField(field, id == null ? "required" : "duplicate-paper");
			}
			IssuedDocument paper = documents.find(schoolId, id).orElseThrow(() -> new InvalidField(field, "unknown-paper"));
			if (paper.status() != DocumentStatus.ISSUED) {
				throw new InvalidField(field, "paper-not-printable");
			}
			papers.add(paper);
		}
		return papers;
	}

	private List<IssuedDocument> found(UUID schoolId, BatchFilter filter) {
		if (filter.kind() == null) {
			throw new InvalidField("filter.kind", "required");
		}
		if (filter.day() == null) {
			throw new InvalidField("filter.day", "required");
		}
		DocumentKind kind = Coded.of(DocumentKind.class, filter.kind())
			.orElseThrow(() -> new InvalidField("filter.kind", "one-of-kinds"));
		ZoneId zone = schools.require(schoolId).zone();
		List<IssuedDocument> papers = documents.journal(schoolId, JournalFilter.page(BATCH_LIMIT + 1, 0)
			.withService(filter.service() == null || filter.service().isBlank() ? null : filter.service())
			.withKind(kind)
			.withStatus(DocumentStatus.ISSUED)
			.withPeriod(filter.day().atStartOfDay(zone).toInstant(), filter.day().plusDays(1).atStartOfDay(zone).toInstant()));
		if (papers.isEmpty()) {
			throw new InvalidField("filter", "nothing-to-print");
		}
		if (papers.size() > BATCH_LIMIT) {
			throw new InvalidField("filter", "batch-size");
		}
		return papers;
	}

	/** The file a job sends: a batch's own, or the stored PDF of its one paper, byte for byte. */
	byte[] file(PrintJob job) {
		if (job.batch()) {
			return jdbc.sql("select pdf from print_job_file where job_id = ?").param(job.id())
				.query((rs, row) -> rs.getBytes("pdf")).single();
		}
		return documents.pdf(job.schoolId(), job.documentId()).orElseThrow(() -> new DocumentNotIssued(job.documentId()));
	}

	public Optional<PrintJob> find(UUID schoolId, UUID id) {
		return withNumbers(jdbc.sql("select * from print_job where id = ? and school_id = ?").params(id, schoolId)
			.query(PrintJobs::job).list()).stream().findFirst();
	}

	/** The school's latest jobs, newest first. */
	public List<PrintJob> list(UUID schoolId, int limit) {
		return withNumbers(jdbc.sql("select * from print_job where school_id = ? order by created_at desc, id limit ?")
			.params(schoolId, limit).query(PrintJobs::job).list());
	}

	/** The jobs with the numbers of the papers each holds, read in one query. */
	List<PrintJob> withNumbers(List<PrintJob> jobs) {
		if (jobs.isEmpty()) {
			return jobs;
		}
		Map<UUID, List<String>> numbers = new HashMap<>();
		jdbc.sql("select job_id, reg_number from print_job_paper where job_id in (:jobs) order by job_id, position")
			.param("jobs", jobs.stream().map(PrintJob::id).toList())
			.query((rs, row) -> numbers.computeIfAbsent(rs.getObject("job_id", UUID.class), job -> new ArrayList<>())
				.add(rs.getString("reg_number")))
			.list();
		return jobs.stream().map(job -> new PrintJob(job.id(), job.schoolId(), job.documentId(), job.printerId(),
				job.printerName(), job.copies(), job.sides(), job.media(), job.state(), job.reason(), job.ignored(),
				job.printerJobId(), job.attempts(), job.requestedBy(), job.createdAt(), job.updatedAt(),
				numbers.getOrDefault(job.id(), List.of()))).toList();
	}

	/**
	 * Cancels a job: ours at once while the printer does not have it; one the printer has is canceled there too.
	 * A job being sent right now is marked canceled, and the worker cancels it on the printer once it was taken.
	 * {@link PrintJobEnded} is told in the transaction that marks it.
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
		return transaction.execute(status -> {
			int updated = jdbc.sql("""
					update print_job set state = 'canceled', reason = 'canceled-by-user', updated_at = ?
					where id = ? and state not in ('completed', 'aborted', 'canceled')
					""").params(now(), id).update();
			if (updated == 0) {
				throw new PrintJobFinished(id);
			}
			PrintJob canceled = find(schoolId, id).orElseThrow();
			events.publishEvent(new PrintJobEnded(canceled));
			return canceled;
		});
	}

	/** The address the job goes to, as copied onto it when it was asked for. */
	URI printerUri(UUID jobId) {
		return URI.create(jdbc.sql("select printer_uri from print_job where id = ?").param(jobId)
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
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), List.of());
	}
}
