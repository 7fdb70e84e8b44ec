/**
 * The frame around every desk page: the layout's model ({@link kz.qujat.frontdoor.DeskView}: who is signed in, the
 * school, the language, the CSRF token), the answers to failures of desk pages as pages, and the front door
 * ({@code /}: sign-in and the home page). Kept apart from {@code kz.qujat.desk}, which the pages of schools and
 * access build on, because it reads the signed-in account (access) and its school (schools).
 */
package kz.qujat.frontdoor;
