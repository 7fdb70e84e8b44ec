package kz.qujat.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.registry.DocumentKind;
import kz.qujat.system.Coded;

/** Checks {@link ConsistentWithCatalog}, naming the field at fault for each rule broken. */
class CatalogRules implements ConstraintValidator<ConsistentWithCatalog, IssueRequest> {

	/** How far back a clerk may date the receipt of documents. */
	static final Duration LONGEST_BACKDATING = Duration.ofDays(30);

	/** How far back the application a refusal answers may lie. */
	static final int OLDEST_APPLICATION_DAYS = 366;

	/** Clocks of clients and server disagree a little. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final ServiceCatalog catalog;
	private final Clock clock;

	CatalogRules(ServiceCatalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	public boolean isValid(IssueRequest request, ConstraintValidatorContext context) {
		context.disableDefaultConstraintViolation();
		Rules rules = new Rules(context);
		DocumentKind kind = Coded.of(DocumentKind.class, request.kind()).orElse(null);
		if (request.kind() != null && !request.kind().isBlank() && kind == null) {
			rules.broken("kind", "one-of-kinds");
		}
		if (request.channel() != null && !Channel.isKnown(request.channel())) {
			rules.broken("channel", "one-of-channels");
		}
		if (request.languages() != null && (!IssueRequest.BOTH_LANGUAGES.containsAll(request.languages())
				|| Set.copyOf(request.languages()).size() != request.languages().size())) {
			rules.broken("languages", "one-of-languages");
		}
		Optional<ServiceDefinition> service = catalog.find(request.service());
		if (request.service() != null && !request.service().isBlank() && service.isEmpty()) {
			rules.broken("service", "unknown-service");
		}
		service.ifPresent(s -> {
			if (Channel.isKnown(request.channelOrDefault()) && !s.offers(Channel.fromCode(request.channelOrDefault()))) {
				rules.broken("channel", "channel-not-offered");
			}
		});
		checkReceivedAt(request, rules);
		checkParts(kind, request, service.orElse(null), rules);
		return rules.none();
	}

	/**
	 * Each kind has its own part of the request and must not carry another kind's. A part that is present is
	 * checked against the catalog when the kind is its own or unknown.
	 */
	private void checkParts(DocumentKind kind, IssueRequest request, ServiceDefinition service, Rules rules) {
		if (kind != null) {
			checkPresence(kind, request, rules);
		}
		if (service == null) {
			return;
		}
		if (request.documents() != null && (kind == null || kind == DocumentKind.RECEIPT)) {
			checkDocuments(service, request.documents(), rules);
		}
		if (request.refusal() != null && (kind == null || kind == DocumentKind.REFUSAL)) {
			checkRefusal(service, request.refusal(), rules);
		}
		if (request.application() != null && (kind == null || kind == DocumentKind.APPLICATION)) {
			LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
			ApplicationFields.check(service.application(), request.application(), today)
				.forEach(v -> rules.broken("application." + v.field(), v.rule()));
		}
	}

	private static void checkPresence(DocumentKind kind, IssueRequest request, Rules rules) {
		boolean hasDocuments = request.documents() != null;
		if (kind == DocumentKind.RECEIPT && (!hasDocuments || request.documents().isEmpty())) {
			rules.broken("documents", "required");
		}
		if (kind != DocumentKind.RECEIPT && hasDocuments) {
			rules.broken("documents", "not-for-kind");
		}
		if (kind == DocumentKind.REFUSAL && request.refusal() == null) {
			rules.broken("refusal", "required");
		}
		if (kind != DocumentKind.REFUSAL && request.refusal() != null) {
			rules.broken("refusal", "not-for-kind");
		}
		if (kind == DocumentKind.APPLICATION && request.application() == null) {
			rules.broken("application", "required");
		}
		if (kind != DocumentKind.APPLICATION && request.application() != null) {
			rules.broken("application", "not-for-kind");
		}
	}

	private static void checkDocuments(ServiceDefinition service, List<IssueRequest.AcceptedDocument> documents, Rules rules) {
		Set<List<String>> seen = new HashSet<>();
		for (int i = 0; i < documents.size(); i++) {
			IssueRequest.AcceptedDocument document = documents.get(i);
			if (document == null || document.code() == null || document.code().isBlank()) {
				continue;
			}
			if (service.document(document.code()).isEmpty()) {
				rules.brokenAt("documents", i, "code", "unknown-document");
			}
			else if (!seen.add(Arrays.asList(document.code(), document.note() == null ? "" : document.note().strip()))) {
				rules.brokenAt("documents", i, "code", "duplicate-document");
			}
		}
	}

	private void checkRefusal(ServiceDefinition service, IssueRequest.Refusal refusal, Rules rules) {
		List<String> grounds = refusal.grounds() == null ? List.of() : refusal.grounds();
		if (grounds.isEmpty()) {
			rules.broken("refusal.grounds", "required");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < grounds.size(); i++) {
			String ground = grounds.get(i);
			if (ground == null || service.refusalGround(ground).isEmpty()) {
				rules.brokenAt("refusal.grounds", i, null, "unknown-ground");
			}
			else if (!seen.add(ground)) {
				rules.brokenAt("refusal.grounds", i, null, "duplicate-ground");
			}
		}
		if (refusal.explanation() != null && refusal.explanation().isEmpty()) {
			rules.broken("refusal.explanation", "required");
		}
		LocalDate applied = refusal.applicationDate();
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		if (applied != null && applied.isAfter(today.plusDays(1))) {
			rules.broken("refusal.applicationDate", "not-in-future");
		}
		else if (applied != null && applied.isBefore(today.minusDays(OLDEST_APPLICATION_DAYS))) {
			rules.broken("refusal.applicationDate", "too-old");
		}
	}

	private void checkReceivedAt(IssueRequest request, Rules rules) {
		if (request.receivedAt() == null) {
			return;
		}
		Instant received = request.receivedAt().toInstant();
		Instant now = clock.instant();
		if (received.isAfter(now.plus(CLOCK_SKEW))) {
			rules.broken("receivedAt", "not-in-future");
		}
		else if (received.isBefore(now.minus(LONGEST_BACKDATING))) {
			rules.broken("receivedAt", "too-old");
		}
	}

	/** Collects broken rules as violations on the request's fields. */
	private static final class Rules {

		private final ConstraintValidatorContext context;
		private boolean any;

		Rules(ConstraintValidatorContext context) {
			this.context = context;
		}

		void broken(String field, String rule) {
			context.buildConstraintViolationWithTemplate("{rule." + rule + "}").addPropertyNode(field).addConstraintViolation();
			any = true;
		}

		/** A rule broken by the element {@code index} of the list {@code list}, or by its {@code property}. */
		void brokenAt(String list, int index, String property, String rule) {
			var builder = context.buildConstraintViolationWithTemplate("{rule." + rule + "}").addPropertyNode(list);
			if (property == null) {
				builder.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
			}
			else {
				builder.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
			}
			any = true;
		}

		boolean none() {
			return !any;
		}
	}
}
