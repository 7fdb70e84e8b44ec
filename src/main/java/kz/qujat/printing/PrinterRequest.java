package kz.qujat.printing;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A printer as a director describes it: a name, an {@code ipp://} or {@code ipps://} address, and optionally the
 * media ({@code A4}, {@code A3}), sides and copies printed unless a job says otherwise, and whether it is the default.
 */
public record PrinterRequest(String name, String uri, String media, String sides, Integer copies,
		@JsonProperty("default") Boolean isDefault) {
}
