package kz.qujat.printing;

/** The printer could not be reached, or answered something that is not IPP. */
public class PrinterNotAnswering extends RuntimeException {

	public PrinterNotAnswering(String message, Throwable cause) {
		super(message, cause);
	}
}
