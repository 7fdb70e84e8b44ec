package kz.qujat.system;

/**
 * The files a module reads from one {@link EditableFolder}, as the {@code templates} health component checks them:
 * parsed again only when their {@link #version()} changes, since parsing them all is a start-up's work.
 */
public interface EditableFiles {

	/** What they are, as the health component names them: {@code catalog}, {@code calendars}, ... */
	String name();

	/** Where they come from. */
	EditableFolder folder();

	/** Changes whenever one of the files is edited, added or removed ({@link EditableFolder#version}). */
	String version();

	/**
	 * Reads and parses every file as start-up does, failing with an {@link IllegalStateException} that names the
	 * broken file; answers what it found, e.g. {@code 5 services}.
	 */
	String check();

	/**
	 * What {@link #check()} answers for files read at start-up only: what they hold now, and whether that is what is in
	 * use ({@code versionRead}, their version at start-up) or waits for a restart.
	 */
	default String readAtStartUp(String found, String versionRead) {
		return found + (version().equals(versionRead) ? "" : "; changed since start-up, in use after a restart");
	}
}
