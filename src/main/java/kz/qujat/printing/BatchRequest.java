package kz.qujat.printing;

import java.util.List;
import java.util.UUID;

/**
 * Printing several papers as one job, behind a cover sheet: the listed ones, or those the filter finds; exactly one
 * of the two. On the school's default printer unless one is named; sides from the printer unless asked.
 */
public record BatchRequest(UUID printer, List<UUID> documents, BatchFilter filter, String sides) {
}
