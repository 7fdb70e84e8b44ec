package kz.qujat.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param abandonAfter how long a number may stay pending before the journal voids it as abandoned (its
 *     instance crashed while rendering); far above any real rendering time, so that several instances
 *     sharing a database never void each other's work in progress
 */
@ConfigurationProperties("qujat.registry")
public record RegistrySettings(@DefaultValue("2m") Duration abandonAfter) {
}
