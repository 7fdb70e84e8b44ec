package kz.qujat.printing;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * What the service asks of a network printer; the IPP adapter answers. Every call throws
 * {@link PrinterNotAnswering} when the printer cannot be reached or does not speak IPP.
 */
public interface PrinterDevices {

	/** The printer's state ({@code idle}, {@code processing}, {@code stopped}), formats and media. */
	Capabilities capabilities(URI printer);

	/** Sends one PDF as one job named {@code jobName}; the printer's answer says whether it took it. */
	Submission print(URI printer, String jobName, byte[] pdf, int copies, Sides sides, Media media);

	DeviceJob job(URI printer, int jobId);

	/** All the printer's jobs it still remembers, finished ones too. */
	List<DeviceJob> jobs(URI printer);

	void cancel(URI printer, int jobId);

	record Capabilities(String state, Set<String> formats, Set<String> media) {
	}

	/**
	 * @param accepted whether the printer took the job ({@code successful-ok*})
	 * @param status the IPP status, e.g. {@code successful-ok-ignored-or-substituted-attributes}
	 * @param ignored the attributes the printer ignored or substituted, comma-separated, or null
	 */
	record Submission(boolean accepted, int jobId, String status, String message, String ignored) {
	}

	/** A job as the printer sees it: {@code state} is the IPP job-state keyword. */
	record DeviceJob(int id, String name, String state, String reasons) {

		public boolean finished() {
			return "completed".equals(state) || "aborted".equals(state) || "canceled".equals(state);
		}
	}
}
