package kz.qujat.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A clock a test sets by hand; it stands still until told otherwise. */
public class TestClock extends Clock {

	/** Monday 23 November 2026, 10:00 in Almaty. */
	public static final Instant MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Asia/Almaty"))
		.toInstant();

	private volatile Instant now = MONDAY_MORNING;

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(java.time.Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
