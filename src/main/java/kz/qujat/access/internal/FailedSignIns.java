package kz.qujat.access.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kz.qujat.access.SecuritySettings;

/**
 * Counts failed sign-ins per account name and client address, and refuses further attempts from there once
 * there were too many within the window. Bounded in memory; the count of a pair lapses with its window.
 */
class FailedSignIns {

	private final Cache<String, AtomicInteger> failures;
	private final int limit;
	private final Duration window;

	FailedSignIns(SecuritySettings settings) {
		this.limit = settings.failedSignInLimit();
		this.window = settings.failedSignInWindow();
		this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
	}

	boolean blocked(String username, String address) {
		AtomicInteger count = failures.getIfPresent(key(username, address));
		return count != null && count.get() >= limit;
	}

	void failed(String username, String address) {
		failures.asMap().computeIfAbsent(key(username, address), k -> new AtomicInteger()).incrementAndGet();
	}

	void succeeded(String username, String address) {
		failures.invalidate(key(username, address));
	}

	long retryAfterSeconds() {
		return window.toSeconds();
	}

	private static String key(String username, String address) {
		return username + "\u0000" + address;
	}
}
