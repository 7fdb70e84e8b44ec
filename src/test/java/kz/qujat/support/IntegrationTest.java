package kz.qujat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port with its own in-memory H2 (in PostgreSQL mode, as the embedded
 * default), a {@link TestClock}, and the demo school's signing key generated under {@code target/test-keys}.
 * Classes with the same annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:qujat-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
		"qujat.verification.public-base-url=https://qujat.example.kz", "qujat.signing.keys=target/test-keys",
		"qujat.security.public-requests-per-minute=1000000" })
@Import({ TestClockConfiguration.class, TestSchools.class })
public @interface IntegrationTest {
}
