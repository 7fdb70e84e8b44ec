package kz.qujat.printing;

import java.util.UUID;

/** A staff member sent an issued document to a printer of the school. */
public record DocumentPrinted(UUID schoolId, String documentNumber, String printerName, int copies) {
}
