package kz.qujat.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import kz.qujat.catalog.RefusalGround;
import kz.qujat.catalog.RequiredDocument;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentKind;
import kz.qujat.registry.Holder;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.registry.IssuedDocuments;
import kz.qujat.registry.JournalFilter;
import kz.qujat.schools.School;
import kz.qujat.schools.Schools;
import kz.qujat.schools.StaffMember;
import kz.qujat.system.Sha256;

import org.springframework.stereotype.Service;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * A service's registration journal for a year, as a printout (JasperReports, A4 landscape, registered like
 * every paper and made again only when the journal changed) and as CSV for spreadsheets: a row per number
 * taken, whatever became of it.
 */
@Service
public class JournalPrints {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final ServiceCatalog catalog;
	private final Schools schools;
	private final IssuedDocuments documents;
	private final SeriesPapers papers;
	private final JsonMapper json;
	private final CsvMapper csv = CsvMapper.builder().build();

	JournalPrints(ServiceCatalog catalog, Schools schools, IssuedDocuments documents, SeriesPapers papers,
			JsonMapper json) {
		this.catalog = catalog;
		this.schools = schools;
		this.documents = documents;
		this.papers = papers;
		this.json = json;
	}

	/** The printout of a service's journal for a year, issued now if there is none or the journal changed. */
	public IssuedDocument print(StaffMember staff, String serviceCode, int year) {
		School school = schools.require(staff.schoolId());
		ServiceDefinition service = service(serviceCode);
		Digest digest = digest(json, rows(school, service, year, Integer.MAX_VALUE));
		Map<String, Object> content = Map.of("service", service.code(), "year", year, "rows", digest.hex(), "templates",
				papers.templatesVersion());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("schoolKk", school.name().kk());
		model.put("schoolRu", school.name().ru());
		model.put("serviceKk", service.name().kk());
		model.put("serviceRu", service.name().ru());
		model.put("year", year);
		// read again as the paper is drawn, never held whole; no further than the digest went, so that a number taken
		// meanwhile waits for the next printout, which the digest it was registered with then makes anew
		model.put("rows", rows(school, service, year, digest.rows()));
		return papers.current(papers.paper(SeriesPaper.JOURNAL, school, staff, service.code() + ":" + year, content, model)
			.withService(service.code())
			.withSubject(service.name().ru() + ", " + year));
	}

	/**
	 * Writes the journal of a service for a year as CSV, UTF-8 with a byte order mark, to {@code out} as its rows are
	 * read from the registry.
	 */
	public void csv(StaffMember staff, String serviceCode, int year, OutputStream out) throws IOException {
		School school = schools.require(staff.schoolId());
		Iterable<Row> rows = rows(school, service(serviceCode), year, Integer.MAX_VALUE);
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (SequenceWriter writer = csv.writer(csv.schemaFor(Row.class).withHeader())
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.writeValues(out)) {
			for (Row row : rows) {
				writer.write(row.inSpreadsheet());
			}
		}
	}

	/** Fails with the problem an unknown service is unless the catalog has it; before a CSV begins to be written. */
	public void requireService(String code) {
		service(code);
	}

	private ServiceDefinition service(String code) {
		return catalog.requireFor("service", code);
	}

	/**
	 * The rows of a service's journal for a year, at most {@code most} of them: read from the registry a page at a
	 * time each time they are gone through, so that a year of any size takes the memory of one page.
	 */
	Iterable<Row> rows(School school, ServiceDefinition service, int year, int most) {
		ZoneId zone = school.zone();
		Map<UUID, String> staff = schools.staffNames(school.id());
		return () -> new Iterator<>() {

			private List<IssuedDocument> page = List.of();
			private int inPage;
			private int read;

			@Override
			public boolean hasNext() {
				if (read >= most) {
					return false;
				}
				if (inPage == page.size() && (read == 0 || page.size() == JournalFilter.MAX_LIMIT)) {
					page = documents.journalAfter(school.id(), service.code(), year, page.isEmpty() ? null : page.get(page.size() - 1),
							JournalFilter.MAX_LIMIT);
					inPage = 0;
				}
				return inPage < page.size();
			}

			@Override
			public Row next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				read++;
				return row(page.get(inPage++), service, zone, staff);
			}
		};
	}

	private Row row(IssuedDocument entry, ServiceDefinition service, ZoneId zone, Map<UUID, String> staff) {
		JsonNode content = json.readTree(entry.content());
		List<String> what = new ArrayList<>();
		if (entry.kind() == DocumentKind.RECEIPT) {
			content.path("documents").forEach(d -> service.document(d.path("code").asString())
				.map(RequiredDocument::name)
				.ifPresent(name -> what.add(name.kk() + " / " + name.ru()
						+ (d.path("note").isString() ? " (" + d.path("note").asString() + ")" : ""))));
		}
		if (entry.kind() == DocumentKind.REFUSAL) {
			content.path("refusal").path("grounds").forEach(g -> service.refusalGround(g.asString())
				.map(RefusalGround::text)
				.ifPresent(text -> what.add(text.kk() + " / " + text.ru())));
		}
		Holder holder = entry.holder();
		String applicant = holder == null ? "" : holder.name()
				+ (holder.iin() == null ? "" : ", ЖСН/ИИН " + holder.iin().value());
		StringBuilder listed = new StringBuilder();
		for (int i = 0; i < what.size(); i++) {
			listed.append(i == 0 ? "" : "\n").append(i + 1).append(") ").append(what.get(i));
		}
		return new Row(entry.number().toString(), entry.registeredAt().atZone(zone).format(MOMENT), applicant, listed.toString(),
				entry.kind().title().kk() + " / " + entry.kind().title().ru(),
				entry.term().dueOn() == null ? "" : entry.term().dueOn().format(DAY), staff.getOrDefault(entry.issuedBy(), ""),
				STATUS.getOrDefault(entry.status().code(), entry.status().code()));
	}

	private static final Map<String, String> STATUS = Map.of("issued", "берілді / выдан", "void",
			"жарамсыз (жасалмады) / недействителен (не сформирован)", "pending", "жасалуда / формируется", "superseded",
			"ауыстырылды / заменён", "revoked", "кері қайтарылды / отозван");

	/**
	 * The SHA-256 of the rows as one JSON array, written as they come: the same digest a list of them written at once
	 * has, so that a journal printed before the rows were streamed is still its current printout.
	 */
	static Digest digest(JsonMapper json, Iterable<Row> rows) {
		MessageDigest sha256 = Sha256.digest();
		int count = 0;
		try (JsonGenerator out = json.createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(), sha256))) {
			out.writeStartArray();
			for (Row row : rows) {
				out.writePOJO(row);
				count++;
			}
			out.writeEndArray();
		}
		return new Digest(Sha256.hex(sha256), count);
	}

	/** What the rows of a journal add up to: their digest and how many there were. */
	record Digest(String hex, int rows) {
	}

	/** One line of the journal, as printed and as exported. */
	@JsonPropertyOrder({ "number", "registered", "applicant", "documents", "result", "due", "staff", "status" })
	public record Row(String number, String registered, String applicant, String documents, String result, String due,
			String staff, String status) {

		/** The same row with every cell neutralised for a spreadsheet; the printout shows the text as it is. */
		Row inSpreadsheet() {
			return new Row(SpreadsheetCells.neutralised(number), SpreadsheetCells.neutralised(registered),
					SpreadsheetCells.neutralised(applicant), SpreadsheetCells.neutralised(documents),
					SpreadsheetCells.neutralised(result), SpreadsheetCells.neutralised(due),
					SpreadsheetCells.neutralised(staff), SpreadsheetCells.neutralised(status));
		}
	}
}
