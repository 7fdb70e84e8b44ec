/**
 * The desk: the web pages school staff work in. The pages themselves live beside the capability they serve (the
 * receipt form in {@code issuance.web}, the staff list in {@code schools.web}); this module gives them what they
 * share: the {@link kz.qujat.desk.DeskPage} stereotype, {@link kz.qujat.desk.FormProblems}, which turns the API's
 * rules into messages beside the fields they name, and {@link kz.qujat.desk.Option}. It depends on no capability,
 * so that every capability may have pages; the frame around them (the layout's model, the failure pages, the front
 * door), which needs the signed-in account and its school, is {@code kz.qujat.frontdoor}.
 * Templates: {@code web/desk/layout.ftlh} (the one layout and its macros) and each page's own template.
 */
package kz.qujat.desk;
