/**
 * The desk: the web pages school staff work in. The pages themselves live beside the capability they serve (the
 * receipt form in {@code issuance.web}, the staff list in {@code schools.web}); this module gives them what they
 * share: the {@link kz.qujat.desk.DeskPage} stereotype, the layout's model, the answers to failures as pages, and
 * {@link kz.qujat.desk.FormProblems}, which turns the API's rules into messages beside the fields they name.
 * Templates: {@code web/desk/layout.ftlh} (the one layout and its macros) and each page's own template.
 */
package kz.qujat.desk;
