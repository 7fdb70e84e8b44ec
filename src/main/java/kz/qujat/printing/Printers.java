package kz.qujat.printing;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.qujat.system.InvalidField;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's printers. A printer is only added or changed after it answered that it takes PDF on the media asked
 * for; the first printer of a school becomes its default, and marking another one moves the mark.
 */
@Service
public class Printers {

	private final JdbcClient jdbc;
	private final PrinterDevices devices;
	private final Clock clock;

	Printers(JdbcClient jdbc, PrinterDevices devices, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.clock = clock;
	}

	@Transactional
	public Printer add(UUID schoolId, PrinterRequest request) {
		Printer printer = checked(UUID.randomUUID(), schoolId, request, list(schoolId).isEmpty());
		if (printer.isDefault()) {
			jdbc.sql("update printer set is_default = false where school_id = ?").param(schoolId).update();
		}
		jdbc.sql("""
				insert into printer (id, school_id, name, uri, media, sides, copies, is_default, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(printer.id(), schoolId, printer.name(), printer.uri().toString(), printer.media().name(),
						printer.sides().keyword(), printer.copies(), printer.isDefault(),
						OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		return printer;
	}

	@Transactional
	public Printer update(UUID schoolId, UUID id, PrinterRequest request) {
		Printer old = find(schoolId, id).orElseThrow(() -> new PrinterNotFound(id));
		Printer printer = checked(id, schoolId, request, old.isDefault());
		if (printer.isDefault()) {
			jdbc.sql("update printer set is_default = false where school_id = ?").param(schoolId).update();
		}
		jdbc.sql("update printer set name = ?, uri = ?, media = ?, sides = ?, copies = ?, is_default = ? where id = ?")
			.params(printer.name(), printer.uri().toString(), printer.media().name(), printer.sides().keyword(),
					printer.copies(), printer.isDefault(), id)
			.update();
		return printer;
	}

	public void delete(UUID schoolId, UUID id) {
		if (jdbc.sql("delete from printer where id = ? and school_id = ?").params(id, schoolId).update() == 0) {
			throw new PrinterNotFound(id);
		}
	}

	public List<Printer> list(UUID schoolId) {
		return jdbc.sql("select * from printer where school_id = ? order by is_default desc, name").param(schoolId)
			.query(Printers::printer).list();
	}

	public Optional<Printer> find(UUID schoolId, UUID id) {
		return jdbc.sql("select * from printer where id = ? and school_id = ?").params(id, schoolId)
			.query(Printers::printer).optional();
	}

	/** The printer named, or the school's default one; fails on the field {@code printer} when there is none. */
	public Printer chosen(UUID schoolId, UUID id) {
		if (id != null) {
			return find(schoolId, id).orElseThrow(() -> new InvalidField("printer", "unknown-printer"));
		}
		return jdbc.sql("select * from printer where school_id = ? and is_default").param(schoolId)
			.query(Printers::printer).optional().orElseThrow(() -> new InvalidField("printer", "no-default-printer"));
	}

	/** What the printer says of itself now: {@code idle}, {@code processing}, {@code stopped}, or {@code not-answering}. */
	public String state(Printer printer) {
		try {
			String state = devices.capabilities(printer.uri()).state();
			return state == null ? "unknown" : state;
		}
		catch (PrinterNotAnswering notAnswering) {
			return "not-answering";
		}
	}

	private Printer checked(UUID id, UUID schoolId, PrinterRequest request, boolean defaultUnlessSaid) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty()) {
			throw new InvalidField("name", "required");
		}
		if (name.length() > 100) {
			throw new InvalidField("name", "printer-name-length");
		}
		URI uri = address(request.uri());
		Media media = request.media() == null ? Media.A4 : Media.of("media", request.media());
		Sides sides = request.sides() == null ? Sides.ONE_SIDED : Sides.of("sides", request.sides());
		int copies = request.copies() == null ? 1 : request.copies();
		if (copies < 1 || copies > 99) {
			throw new InvalidField("copies", "copies-range");
		}
		PrinterDevices.Capabilities capabilities;
		try {
			capabilities = devices.capabilities(uri);
		}
		catch (PrinterNotAnswering notAnswering) {
			throw new InvalidField("uri", "printer-not-answering");
		}
		if (!capabilities.formats().contains("application/pdf")) {
			throw new InvalidField("uri", "printer-without-pdf");
		}
		if (!capabilities.media().contains(media.keyword())) {
			throw new InvalidField("media", "printer-without-media");
		}
		boolean isDefault = request.isDefault() == null ? defaultUnlessSaid : request.isDefault();
		return new Printer(id, schoolId, name, uri, media, sides, copies, isDefault);
	}

	private static URI address(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidField("uri", "required");
		}
		try {
			URI uri = new URI(text.strip());
			if (!("ipp".equals(uri.getScheme()) || "ipps".equals(uri.getScheme())) || uri.getHost() == null
					|| uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
					|| text.length() > 500) {
				throw new InvalidField("uri", "ipp-address");
			}
			return uri;
		}
		catch (java.net.URISyntaxException malformed) {
			throw new InvalidField("uri", "ipp-address");
		}
	}

	static Printer printer(ResultSet rs, int row) throws SQLException {
		return new Printer(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getString("name"),
				URI.create(rs.getString("uri")), Media.valueOf(rs.getString("media")),
				Sides.of("sides", rs.getString("sides")), rs.getInt("copies"), rs.getBoolean("is_default"));
	}
}
