package kz.qujat.system.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qujat.system.HttpSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The drain of a stopping instance. On SIGTERM Spring Boot turns readiness DOWN and then, straight away, Tomcat's
 * graceful shutdown stops taking connections; a load balancer that checks every few seconds would go on sending
 * for that long, and a request it sends on a kept-alive connection just as Tomcat closes it gets no answer at all.
 * For {@code qujat.http.drain-before-stop} between the two, the instance goes on answering every request as usual;
 * after it the graceful shutdown begins (this lifecycle's phase is one above it, so it stops just before). Every
 * answer while readiness is DOWN carries {@code Connection: close}, so that pooled connections to the instance are
 * given up.
 */
@Component
class DrainBeforeStop extends OncePerRequestFilter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DrainBeforeStop.class);

	private final Duration drain;
	private volatile boolean running;
	private volatile boolean refusingTraffic;

	DrainBeforeStop(HttpSettings settings) {
		this.drain = settings.drainBeforeStop();
	}

	/** Readiness turns DOWN as the context begins to close, before any lifecycle stops. */
	@EventListener
	void readiness(AvailabilityChangeEvent<ReadinessState> change) {
		refusingTraffic = change.getState() == ReadinessState.REFUSING_TRAFFIC;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (refusingTraffic) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		chain.doFilter(request, response);
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (drain.isZero()) {
			return;
		}
		log.info("Readiness is DOWN; answering for {} more before taking no new connections", drain);
		try {
			Thread.sleep(drain.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
	}
}
