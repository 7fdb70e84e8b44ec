package kz.qujat.printing;

/**
 * A print job reached its end: {@code completed}, or {@code aborted} or {@code canceled} with its reason. Told once
 * per job, inside the transaction that moves it there.
 */
public record PrintJobEnded(PrintJob job) {
}
