package kz.qujat.verification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import kz.qujat.system.Failure;
import kz.qujat.verification.UploadVerification;
import kz.qujat.verification.VerificationSettings;
import kz.qujat.verification.Verifications;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks uploaded PDFs so that no file can hurt the service: its size is capped by the multipart limits, the
 * checks run on two threads of their own with a short queue (more at once are told to retry), each file is
 * read inside its check and given {@code upload-timeout} at most, so memory stays within a few uploads' size
 * and no request waits long.
 */
@Component
public class UploadChecks {

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** The PDF header may follow up to this much leading junk (ISO 32000, 7.5.2 and its implementation notes). */
	private static final int HEADER_WITHIN = 1024;

	private final Verifications verifications;
	private final Duration timeout;
	private final ThreadPoolExecutor workers;

	UploadChecks(Verifications verifications, VerificationSettings settings) {
		this.verifications = verifications;
		this.timeout = settings.uploadTimeout();
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), task -> {
			Thread thread = new Thread(task, "upload-check-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public UploadVerification check(MultipartFile file) {
		if (file.isEmpty()) {
			throw new UploadRejected("empty-file");
		}
		if (!startsLikeAPdf(file)) {
			throw new UploadRejected("not-a-pdf");
		}
		Future<UploadVerification> check;
		try {
			check = workers.submit(() -> verifications.byUpload(file.getBytes()));
		}
		catch (RejectedExecutionException busy) {
			throw new UploadChecksBusy();
		}
		try {
			return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException tooSlow) {
			check.cancel(true);
			throw new UploadRejected("pdf-unreadable");
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException("checking an upload failed", failed.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new UploadChecksBusy();
		}
	}

	private static boolean startsLikeAPdf(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			byte[] start = in.readNBytes(HEADER_WITHIN);
			for (int i = 0; i + PDF_HEADER.length <= start.length; i++) {
				if (Arrays.equals(start, i, i + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException unreadable) {
			return false;
		}
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	/** An upload that is not something to check: empty, not a PDF, or not readable within the time limit. */
	static final class UploadRejected extends Failure {

		UploadRejected(String type) {
			super(Kind.INVALID, type, "file", "upload rejected: " + type, null);
		}
	}

	/** Every upload worker is busy and the queue is full. */
	static final class UploadChecksBusy extends Failure {

		UploadChecksBusy() {
			super(Kind.UNAVAILABLE, "verification-busy", "too many uploads being checked at once");
		}
	}
}
