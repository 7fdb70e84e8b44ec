package kz.qujat.frontdoor.internal;

import jakarta.servlet.http.HttpServletRequest;

import kz.qujat.desk.DeskPage;
import kz.qujat.frontdoor.DeskView;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every desk page the layout's model: {@code view} ({@link DeskView}) and {@code lang}. */
@ControllerAdvice(annotations = DeskPage.class)
class DeskLayout {

	private final DeskViews views;

	DeskLayout(DeskViews views) {
		this.views = views;
	}

	@ModelAttribute("view")
	DeskView desk(HttpServletRequest request) {
		return views.of(request);
	}

	@ModelAttribute("lang")
	String lang() {
		return DeskViews.language();
	}
}
