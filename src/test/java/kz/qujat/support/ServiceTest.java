package kz.qujat.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of the running service ({@link IntegrationTest}) over its HTTP API: {@link #api} signs in as the demo
 * school's clerk, and the {@link #clock} stands on {@link TestClock#MONDAY_MORNING} as each test starts.
 */
@IntegrationTest
public abstract class ServiceTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestClock clock;

	protected Api api;

	@BeforeEach
	void startAsTheClerkOnMondayMorning() {
		api = new Api(port);
		clock.set(TestClock.MONDAY_MORNING);
	}
}
