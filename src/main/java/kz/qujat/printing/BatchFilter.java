package kz.qujat.printing;

import java.time.LocalDate;

/**
 * The issued papers of one day (in the school's time zone) to print, of one kind ({@code receipt}, …) and, unless
 * null, of one service.
 */
public record BatchFilter(String service, String kind, LocalDate day) {
}
