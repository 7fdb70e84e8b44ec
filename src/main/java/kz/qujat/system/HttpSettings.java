package kz.qujat.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits of the HTTP interface. */
@ConfigurationProperties("qujat.http")
public record HttpSettings(@DefaultValue("256KB") DataSize maxJsonBody) {
}
