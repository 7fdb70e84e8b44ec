package kz.qujat.printing;

import java.util.Arrays;

/** Where a print job is: ours until the printer took it, the printer's afterwards. */
public enum PrintJobState {

	QUEUED("queued"), SENDING("sending"), WAITING_FOR_PRINTER("waiting-for-printer"), PROCESSING("processing"),
	COMPLETED("completed"), ABORTED("aborted"), CANCELED("canceled");

	private final String code;

	PrintJobState(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean finished() {
		return this == COMPLETED || this == ABORTED || this == CANCELED;
	}

	public static PrintJobState of(String code) {
		return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst().orElseThrow();
	}
}
