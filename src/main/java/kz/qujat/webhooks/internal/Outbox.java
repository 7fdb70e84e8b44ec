package kz.qujat.webhooks.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.qujat.issuance.DocumentIssued;
import kz.qujat.issuance.DocumentLinks;
import kz.qujat.printing.PrintJob;
import kz.qujat.printing.PrintJobEnded;
import kz.qujat.printing.PrintJobState;
import kz.qujat.registry.DocumentRevoked;
import kz.qujat.registry.IssuedDocument;
import kz.qujat.webhooks.WebhookEvent;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a message for each enabled endpoint of the school that asked for the event, inside the transaction that
 * stores the event's own change (a transaction is required: without one a crash could lose a delivery), so a
 * message exists exactly when its event happened. A payload names the paper or the job and carries no personal
 * data: a consumer fetches the details with its token.
 */
@Component
class Outbox {

	private final JdbcClient jdbc;
	private final DocumentLinks links;
	private final JsonMapper json;
	private final Clock clock;

	Outbox(JdbcClient jdbc, DocumentLinks links, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DocumentIssued issued) {
		IssuedDocument document = issued.document();
		write(document.schoolId(), WebhookEvent.DOCUMENT_ISSUED, document(document));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DocumentRevoked revoked) {
		IssuedDocument document = revoked.document();
		Map<String, Object> data = document(document);
		data.put("revokedAt", document.revocation().revokedAt());
		data.put("reason", document.revocation().reason().code());
		write(document.schoolId(), WebhookEvent.DOCUMENT_REVOKED, data);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PrintJobEnded ended) {
		PrintJob job = ended.job();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", job.id());
		data.put("state", job.state().code());
		data.put("reason", job.reason());
		data.put("printer", job.printerName());
		data.put("copies", job.copies());
		data.put("document", job.documentId());
		data.put("numbers", job.numbers());
		data.put("links", Map.of("self", job.path()));
		write(job.schoolId(), job.state() == PrintJobState.COMPLETED ? WebhookEvent.PRINT_JOB_COMPLETED
				: WebhookEvent.PRINT_JOB_FAILED, data);
	}

	/** What every document's payload says of it: no holder, no content. */
	private Map<String, Object> document(IssuedDocument document) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", document.id());
		data.put("number", document.number().toString());
		data.put("kind", document.kind().code());
		data.put("service", document.service());
		data.put("status", document.status().code());
		Map<String, Object> documentLinks = new LinkedHashMap<>();
		documentLinks.put("self", links.self(document));
		documentLinks.put("pdf", links.pdf(document));
		documentLinks.put("verify", links.verify(document));
		data.put("links", documentLinks);
		return data;
	}

	private void write(UUID schoolId, WebhookEvent event, Map<String, Object> data) {
		List<UUID> endpoints = jdbc.sql("""
				select id from webhook where school_id = ? and enabled and (',' || events || ',') like ?
				""").params(schoolId, "%," + event.code() + ",%").query(UUID.class).list();
		if (endpoints.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", event.code());
		payload.put("timestamp", now.toInstant());
		payload.put("data", data);
		String body = json.writeValueAsString(payload);
		for (UUID endpoint : endpoints) {
			jdbc.sql("""
					insert into webhook_message (id, webhook_id, event, payload, state, attempts, next_attempt_at,
					    created_at)
					values (?, ?, ?, ?, 'pending', 0, ?, ?)
					""").params("msg_" + UUID.randomUUID(), endpoint, event.code(), body, now, now).update();
		}
	}
}
