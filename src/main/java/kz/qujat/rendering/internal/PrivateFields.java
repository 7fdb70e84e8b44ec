package kz.qujat.rendering.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A field a library keeps to itself, reached where its API has no seam for what a paper needs (see the fields that
 * use it). Each user keeps working, only slower, should a later version name the field otherwise; a test says so.
 */
final class PrivateFields {

	private PrivateFields() {
	}

	/** The field {@code name} of type {@code type} declared by {@code owner}; null if it has none such. */
	static VarHandle find(Class<?> owner, String name, Class<?> type) {
		try {
			return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findVarHandle(owner, name, type);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
