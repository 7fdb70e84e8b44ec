package kz.qujat.printing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout how long one IPP request may take, connecting included
 * @param firstRetry how long a job waits for a printer that did not answer before trying again; doubled each time
 * @param lastRetry the longest wait between two tries
 * @param sendingStale a job still {@code sending} this long after it was claimed was left by an instance that died
 * @param giveUpAfter a job the printer took is aborted as {@code printer-lost} when the printer has not answered
 *     about it for this long
 */
@ConfigurationProperties("qujat.printing")
public record PrintingSettings(@DefaultValue("5s") Duration timeout, @DefaultValue("5s") Duration firstRetry,
		@DefaultValue("5m") Duration lastRetry, @DefaultValue("2m") Duration sendingStale,
		@DefaultValue("1h") Duration giveUpAfter) {
}
