package kz.qujat.webhooks;

import kz.qujat.system.Coded;

/** What a school's systems can be told about, by the name a delivery's {@code type} carries. */
public enum WebhookEvent implements Coded {

	DOCUMENT_ISSUED("document.issued"), DOCUMENT_REVOKED("document.revoked"),
	PRINT_JOB_COMPLETED("print-job.completed"),
	/** Aborted by the printer, lost with it, or canceled. */
	PRINT_JOB_FAILED("print-job.failed");

	private final String code;

	WebhookEvent(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
