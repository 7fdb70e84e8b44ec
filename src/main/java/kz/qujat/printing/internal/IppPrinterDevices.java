package kz.qujat.printing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

import kz.qujat.printing.Media;
import kz.qujat.printing.PrinterDevices;
import kz.qujat.printing.PrinterNotAnswering;
import kz.qujat.printing.PrintingSettings;
import kz.qujat.printing.Sides;

import org.springframework.stereotype.Component;

/** IPP/2.0 over HTTP: jipp encodes and parses the packets, {@code java.net.http} carries them. */
@Component
class IppPrinterDevices implements PrinterDevices {

	private static final String USER = "qujat";
	private static final int CLIENT_ERROR_NOT_FOUND = 0x0406;

	private final HttpClient http;
	private final PrintingSettings settings;

	IppPrinterDevices(PrintingSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public Capabilities capabilities(URI printer) {
		byte[] bytes = exchange(printer, IppPacket.getPrinterAttributes(printer, Types.printerState,
				Types.documentFormatSupported, Types.mediaSupported).build(), null);
		IppPacket answer = parse(printer, bytes);
		requireSuccess(printer, answer);
		AttributeGroup attributes = answer.get(Tag.printerAttributes);
		if (attributes == null) {
			throw new PrinterNotAnswering(printer + " sent no printer attributes", null);
		}
		Set<String> formats = all(attributes, "document-format-supported");
		formats.addAll(RepeatedAttributes.values(bytes, "document-format-supported"));
		return new Capabilities(first(attributes, "printer-state"), formats, all(attributes, "media-supported"));
	}

	@Override
	public Submission print(URI printer, String jobName, byte[] pdf, int copies, Sides sides, Media media) {
		IppPacket request = IppPacket.printJob(printer)
			.putOperationAttributes(Types.requestingUserName.of(USER), Types.jobName.of(jobName),
					Types.documentFormat.of("application/pdf"))
			.putJobAttributes(Types.copies.of(copies), Types.sides.of(sides.keyword()), Types.media.of(media.keyword()))
			.build();
		IppPacket answer = send(printer, request, pdf);
		Status status = answer.getStatus();
		boolean accepted = status.getCode() < 0x0100;
		AttributeGroup job = answer.get(Tag.jobAttributes);
		int jobId = job == null || job.get("job-id") == null ? 0 : ((Number) job.get("job-id").getValue()).intValue();
		AttributeGroup unsupported = answer.get(Tag.unsupportedAttributes);
		String ignored = unsupported == null || unsupported.isEmpty() ? null
				: unsupported.stream().map(Attribute::getName).collect(Collectors.joining(","));
		return new Submission(accepted, jobId, status.getName(), statusMessage(answer), ignored);
	}

	@Override
	public DeviceJob job(URI printer, int jobId) {
		IppPacket answer = send(printer, IppPacket.getJobAttributes(printer, jobId, Types.jobId, Types.jobName,
				Types.jobState, Types.jobStateReasons).putOperationAttributes(Types.requestingUserName.of(USER)).build(),
				null);
		if (answer.getStatus().getCode() == CLIENT_ERROR_NOT_FOUND) {
			// a printer that was restarted may forget its jobs: this one will not finish any more
			return new DeviceJob(jobId, null, "aborted", "job-not-found-on-printer");
		}
		requireSuccess(printer, answer);
		return deviceJob(answer.get(Tag.jobAttributes));
	}

	@Override
	public List<DeviceJob> jobs(URI printer) {
		IppPacket answer = send(printer, IppPacket.getJobs(printer, Types.jobId, Types.jobName, Types.jobState,
				Types.jobStateReasons).putOperationAttributes(Types.requestingUserName.of(USER), Types.whichJobs.of("all"))
			.build(), null);
		requireSuccess(printer, answer);
		List<DeviceJob> jobs = new ArrayList<>();
		for (AttributeGroup group : answer.getAttributeGroups()) {
			if (group.getTag().equals(Tag.jobAttributes)) {
				jobs.add(deviceJob(group));
			}
		}
		return jobs;
	}

	@Override
	public void cancel(URI printer, int jobId) {
		IppPacket answer = send(printer,
				IppPacket.cancelJob(printer, jobId).putOperationAttributes(Types.requestingUserName.of(USER)).build(), null);
		requireSuccess(printer, answer);
	}

	private IppPacket send(URI printer, IppPacket packet, byte[] document) {
		return parse(printer, exchange(printer, packet, document));
	}

	private static IppPacket parse(URI printer, byte[] answer) {
		try {
			return IppPacket.parse(new ByteArrayInputStream(answer));
		}
		catch (IOException | RuntimeException notIpp) {
			throw new PrinterNotAnswering(printer + " did not answer in IPP: " + notIpp, notIpp);
		}
	}

	private byte[] exchange(URI printer, IppPacket packet, byte[] document) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			packet.write(body);
			if (document != null) {
				body.write(document);
			}
			HttpRequest request = HttpRequest.newBuilder(httpAddress(printer)).timeout(settings.timeout())
				.header("Content-Type", "application/ipp").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new PrinterNotAnswering(printer + " answered HTTP " + response.statusCode(), null);
			}
			return response.body();
		}
		catch (IOException | RuntimeException failure) {
			if (failure instanceof PrinterNotAnswering notAnswering) {
				throw notAnswering;
			}
			throw new PrinterNotAnswering(printer + " did not answer in IPP: " + failure, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new PrinterNotAnswering(printer + ": interrupted", interrupted);
		}
	}

	/** IPP runs over HTTP: {@code ipp://} is {@code http://} on port 631 unless named, {@code ipps://} is https. */
	static URI httpAddress(URI printer) {
		String scheme = "ipps".equals(printer.getScheme()) ? "https" : "http";
		int port = printer.getPort() == -1 ? 631 : printer.getPort();
		return URI.create(scheme + "://" + printer.getRawAuthority().replaceFirst(":\\d+$", "") + ":" + port
				+ (printer.getRawPath() == null || printer.getRawPath().isEmpty() ? "/" : printer.getRawPath()));
	}

	private static void requireSuccess(URI printer, IppPacket answer) {
		if (answer.getStatus().getCode() >= 0x0100) {
			throw new PrinterNotAnswering(printer + " answered " + answer.getStatus().getName(), null);
		}
	}

	private static DeviceJob deviceJob(AttributeGroup job) {
		if (job == null) {
			return new DeviceJob(0, null, null, null);
		}
		Attribute<?> id = job.get("job-id");
		return new DeviceJob(id == null ? 0 : ((Number) id.getValue()).intValue(), first(job, "job-name"),
				first(job, "job-state"), String.join(",", all(job, "job-state-reasons")));
	}

	private static String statusMessage(IppPacket answer) {
		AttributeGroup operation = answer.get(Tag.operationAttributes);
		return operation == null ? null : first(operation, "status-message");
	}

	private static String first(AttributeGroup group, String name) {
		Set<String> values = all(group, name);
		return values.isEmpty() ? null : values.iterator().next();
	}

	/** Every value under the name: some printers (ippeveprinter among them) send an attribute twice. */
	private static Set<String> all(AttributeGroup group, String name) {
		Set<String> values = new LinkedHashSet<>();
		for (Attribute<?> attribute : group) {
			if (attribute.getName().equals(name)) {
				for (Object value : attribute) {
					values.add(text(value));
				}
			}
		}
		return values;
	}

	private static String text(Object value) {
		if (value instanceof com.hp.jipp.encoding.Enum enumerated) {
			return enumerated.getName();
		}
		if (value instanceof com.hp.jipp.encoding.Stringable stringable) {
			return stringable.asString();
		}
		return String.valueOf(value);
	}
}
