package kz.qujat.access;

/**
 * A password sign-in (HTTP Basic or the form) failed.
 *
 * @param username the name tried, which may be no account's; never the password
 * @param failure why, as Spring Security named it (a wrong password, a disabled account…)
 */
public record SignInFailed(String username, String failure) {
}
