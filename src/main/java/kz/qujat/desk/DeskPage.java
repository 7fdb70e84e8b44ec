package kz.qujat.desk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of desk pages. Its views get the layout's model ({@code view}, a {@code kz.qujat.frontdoor.DeskView}: who is signed in, the school, the
 * language, the CSRF token) and its failures are answered as pages of the desk, not as problem details: a 404
 * page, a 403 page, the sign-in form for a visitor who is not signed in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface DeskPage {

	/** Where desk pages live; the security rules and the failure pages go by it. */
	String PATH = "/desk";
}
