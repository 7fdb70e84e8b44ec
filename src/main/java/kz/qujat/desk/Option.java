package kz.qujat.desk;

/** One choice of a select or a group of radio buttons: the value sent, and the text shown. */
public record Option(String value, String label) {
}
