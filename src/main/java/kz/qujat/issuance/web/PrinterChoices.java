package kz.qujat.issuance.web;

import java.util.List;

import kz.qujat.desk.Option;
import kz.qujat.printing.Printer;

/** A school's printers as the paper's page and the journal offer them, the default one chosen unless another is. */
record PrinterChoices(List<Option> options, String chosen) {

	static PrinterChoices of(List<Printer> printers) {
		return new PrinterChoices(printers.stream().map(one -> new Option(one.id().toString(), one.name())).toList(),
				printers.stream().filter(Printer::isDefault).findFirst().map(one -> one.id().toString()).orElse(""));
	}
}
