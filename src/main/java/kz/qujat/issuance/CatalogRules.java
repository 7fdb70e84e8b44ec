package kz.qujat.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceCatalog;
import kz.qujat.catalog.ServiceDefinition;

/** Checks {@link ConsistentWithCatalog}, naming the field at fault for each rule broken. */
class CatalogRules implements ConstraintValidator<ConsistentWithCatalog, IssueRequest> {

	/** How far back a clerk may date the receipt of documents. */
	static final Duration LONGEST_BACKDATING = Duration.ofDays(30);

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
		boolean valid = true;
		if (request.kind() != null && !IssueDocument.KINDS.contains(request.kind())) {
			valid = violation(context, "{rule.one-of-kinds}", "kind");
		}
		if (request.channel() != null && !Channel.isKnown(request.channel())) {
			valid = violation(context, "{rule.one-of-channels}", "channel");
		}
		Optional<ServiceDefinition> service = catalog.find(request.service());
		if (request.service() != null && !request.service().isBlank() && service.isEmpty()) {
			valid = violation(context, "{rule.unknown-service}", "service");
		}
		if (service.isPresent()) {
			valid &= checkAgainst(service.get(), request, context);
		}
		if (request.receivedAt() != null) {
			Instant received = request.receivedAt().toInstant();
			Instant now = clock.instant();
			if (received.isAfter(now.plus(CLOCK_SKEW))) {
				valid = violation(context, "{rule.not-in-future}", "receivedAt");
			}
			else if (received.isBefore(now.minus(LONGEST_BACKDATING))) {
				valid = violation(context, "{rule.too-old}", "receivedAt");
			}
		}
		return valid;
	}

	private boolean checkAgainst(ServiceDefinition service, IssueRequest request, ConstraintValidatorContext context) {
		boolean valid = true;
		if (Channel.isKnown(request.channelOrDefault()) && !service.offers(Channel.fromCode(request.channelOrDefault()))) {
			valid = violation(context, "{rule.channel-not-offered}", "channel");
		}
		List<IssueRequest.AcceptedDocument> documents = request.documents() == null ? List.of() : request.documents();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < documents.size(); i++) {
			IssueRequest.AcceptedDocument document = documents.get(i);
			if (document == null || document.code() == null || document.code().isBlank()) {
				continue;
			}
			if (service.document(document.code()).isEmpty()) {
				valid = documentViolation(context, "{rule.unknown-document}", i);
			}
			else if (!seen.add(document.code())) {
				valid = documentViolation(context, "{rule.duplicate-document}", i);
			}
		}
		return valid;
	}

	private static boolean violation(ConstraintValidatorContext context, String rule, String field) {
		context.buildConstraintViolationWithTemplate(rule).addPropertyNode(field).addConstraintViolation();
		return false;
	}

	private static boolean documentViolation(ConstraintValidatorContext context, String rule, int index) {
		context.buildConstraintViolationWithTemplate(rule)
			.addPropertyNode("documents")
			.addPropertyNode("code").inIterable().atIndex(index)
			.addConstraintViolation();
		return false;
	}
}
