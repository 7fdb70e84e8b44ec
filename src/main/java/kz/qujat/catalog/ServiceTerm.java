package kz.qujat.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

import kz.qujat.system.Bilingual;

/**
 * How long the service takes, as its standard words it in {@code text}: a number of working days
 * ({@code workingDays}) or of minutes within working hours ({@code minutes}), exactly one of the two.
 * {@code verified} is false for terms no official source confirmed yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceTerm(Integer workingDays, Integer minutes, Bilingual text, boolean verified) {

	public ServiceTerm {
		if ((workingDays == null) == (minutes == null)) {
			throw new IllegalArgumentException("a term is either workingDays or minutes");
		}
		if (workingDays != null && workingDays < 0 || minutes != null && minutes < 1) {
			throw new IllegalArgumentException("a term cannot be negative");
		}
	}

	public static ServiceTerm ofWorkingDays(int days, Bilingual text) {
		return new ServiceTerm(days, null, text, true);
	}

	public boolean inWorkingDays() {
		return workingDays != null;
	}
}
