package kz.qujat.rendering.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Things costly to make (parsed fonts, XML parsers, serializers), kept for the next document: each is used by one
 * document at a time, and at most two per processor wait idle; beyond that a returned one is let go.
 */
final class Kept<T> {

	private final BlockingQueue<T> idle = new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());
	private final Supplier<T> make;

	Kept(Supplier<T> make) {
		this.make = make;
	}

	/** One waiting idle, or a new one when none is. */
	T take() {
		T waiting = idle.poll();
		return waiting != null ? waiting : make.get();
	}

	/** Gives {@code used} back for the next document; false when enough wait already, so the caller lets it go. */
	boolean giveBack(T used) {
		return idle.offer(used);
	}
}
