package kz.qujat.printing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;

import kz.qujat.printing.Printer;
import kz.qujat.printing.PrinterNotFound;
import kz.qujat.printing.PrinterRequest;
import kz.qujat.printing.Printers;
import kz.qujat.schools.StaffMember;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The director's printers of the school: added only once they answered that they take PDF on the media asked. */
@RestController
@RequestMapping("/api/v1/school/printers")
class PrinterController {

	private final Printers printers;

	PrinterController(Printers printers) {
		this.printers = printers;
	}

	@Operation(operationId = "addPrinter", summary = "Add a printer",
			description = "Director only: an IPP printer of the school, with its defaults.")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PrinterResponse> add(@RequestBody PrinterRequest request, StaffMember director) {
		Printer printer = printers.add(director.schoolId(), request);
		return ResponseEntity.created(URI.create("/api/v1/school/printers/" + printer.id()))
			.body(PrinterResponse.of(printer, printers.state(printer)));
	}

	@Operation(operationId = "listPrinters", summary = "List the school's printers",
			description = "With the state each printer reports right now.")
	@GetMapping
	List<PrinterResponse> list(StaffMember director) {
		return printers.list(director.schoolId()).stream()
			.map(printer -> PrinterResponse.of(printer, printers.state(printer))).toList();
	}

	@Operation(operationId = "getPrinter", summary = "Get a printer")
	@GetMapping("/{id}")
	PrinterResponse one(@PathVariable UUID id, StaffMember director) {
		Printer printer = printers.find(director.schoolId(), id).orElseThrow(() -> new PrinterNotFound(id));
		return PrinterResponse.of(printer, printers.state(printer));
	}

	@Operation(operationId = "updatePrinter", summary = "Change a printer")
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PrinterResponse update(@PathVariable UUID id, @RequestBody PrinterRequest request, StaffMember director) {
		Printer printer = printers.update(director.schoolId(), id, request);
		return PrinterResponse.of(printer, printers.state(printer));
	}

	@Operation(operationId = "deletePrinter", summary = "Remove a printer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, StaffMember director) {
		printers.delete(director.schoolId(), id);
		return ResponseEntity.noContent().build();
	}

	/** A printer as the API shows it, with what the printer says of its state right now. */
	record PrinterResponse(UUID id, String name, String uri, String media, String sides, int copies,
			@JsonProperty("default") boolean isDefault, String state) {

		static PrinterResponse of(Printer printer, String state) {
			return new PrinterResponse(printer.id(), printer.name(), printer.uri().toString(), printer.media().name(),
					printer.sides().keyword(), printer.copies(), printer.isDefault(), state);
		}
	}
}
