package kz.qujat.system;

/** A client asked too often (a rate limit) or failed to sign in too often; it may try again after a while. */
public class TooManyRequests extends Failure implements RetryLater {

	private final long retryAfterSeconds;

	public TooManyRequests(String type, long retryAfterSeconds) {
		super(Kind.TOO_MANY, type, null, type, null, Math.max(1, retryAfterSeconds));
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	@Override
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
