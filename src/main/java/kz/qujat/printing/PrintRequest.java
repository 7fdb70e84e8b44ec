package kz.qujat.printing;

import java.util.UUID;

/** Printing one paper: on the school's default printer unless one is named; copies and sides from the printer. */
public record PrintRequest(UUID printer, Integer copies, String sides) {
}
