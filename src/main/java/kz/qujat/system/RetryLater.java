package kz.qujat.system;

/** A failure that passes: the client may send the same request again after {@link #retryAfterSeconds()}. */
public interface RetryLater {

	long retryAfterSeconds();
}
