package kz.qujat.schools;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demo whether to create the demo school and its {@code demo} / {@code demo} staff account on an
 *     empty database (the embedded default; turn off in production)
 */
@ConfigurationProperties("qujat.schools")
public record SchoolsSettings(@DefaultValue("true") boolean demo) {
}
