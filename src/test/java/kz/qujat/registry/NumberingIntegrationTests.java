package kz.qujat.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.qujat.catalog.Channel;
import kz.qujat.issuance.IssueRequest;
import kz.qujat.rendering.DocumentRenderer;
import kz.qujat.rendering.RenderJob;
import kz.qujat.rendering.RenderingFailed;
import kz.qujat.support.Api;
import kz.qujat.support.Receipts;
import kz.qujat.support.ServiceTest;
import kz.qujat.system.Iin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;

/**
 * Registration numbers are unique and gapless per school, service and year: under concurrent issuing, when
 * a document fails to render, and when an instance dies with a number pending.
 */
@Import(NumberingIntegrationTests.SometimesFailingRenderer.class)
class NumberingIntegrationTests extends ServiceTest {

	static final String FAILS_TO_RENDER = "Рендер Сәтсіз";

	@Autowired
	IssuedDocuments documents;

	@Autowired
	Numbering numbering;

	@Test
	void fortyConcurrentReceiptsGetFortyConsecutiveNumbers() throws Exception {
		ExecutorService clerks = Executors.newFixedThreadPool(16);
		List<Callable<HttpResponse<byte[]>>> receipts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String name = "Параллель Өтініш " + i;
			receipts.add(() -> api.post("/api/v1/documents", Receipts.simple(name)));
		}
		List<Integer> numbers = new ArrayList<>();
		for (Future<HttpResponse<byte[]>> answer : clerks.invokeAll(receipts)) {
			assertThat(answer.get().statusCode()).as(Api.text(answer.get())).isEqualTo(201);
			numbers.add(sequenceOf(Api.json(answer.get())));
		}
		clerks.shutdown();

		assertThat(numbers).doesNotHaveDuplicates().hasSize(40);
		int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(
				java.util.stream.IntStream.range(first, first + 40).boxed().toList());
		assertGapless();
	}

	@Test
	void aDocumentThatFailsToRenderLeavesItsNumberVoidAndTheNextNumberFollows() {
		int before = sequenceOf(Api.json(api.post("/api/v1/documents", Receipts.simple("Алдыңғы Өтініш"))));

		HttpResponse<byte[]> failed = api.post("/api/v1/documents", Receipts.simple(FAILS_TO_RENDER));
		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(Api.json(failed).get("type").asString()).isEqualTo("/problems/rendering-failed");

		int after = sequenceOf(Api.json(api.post("/api/v1/documents", Receipts.simple("Келесі Өтініш"))));
		assertThat(after).isEqualTo(before + 2);

		JsonNode journal = Api.json(api.get("/api/v1/documents?service=teacher-attestation&limit=1000"));
		JsonNode voided = find(journal, before + 1);
		assertThat(voided.get("status").asString()).isEqualTo("void");
		assertThat(voided.get("pdfUrl").isNull()).isTrue();
		assertThat(api.get("/api/v1/documents/" + voided.get("id").asString() + "/pdf").statusCode()).isEqualTo(404);
		assertGapless();
	}

	@Test
	void aNumberLeftPendingByACrashedInstanceIsVoidedOnceItIsClearlyAbandoned() {
		Registration registration = numbering.take(new NewRegistration(DEMO_SCHOOL,
				new Counter("teacher-attestation", "ATT"), "teacher-attestation", null, 2026, DocumentKind.RECEIPT,
				Channel.PAPER, new VerificationCode("PENDNG00000000000001"), new Holder("Тоқтап Қалған", Iin.of("680503450037")),
				DEMO_CLERK, Term.at(clock.instant()), "{}"));

		clock.advance(Duration.ofSeconds(90));
		assertThat(numbering.voidAbandoned()).isZero();

		clock.advance(Duration.ofMinutes(1));
		assertThat(numbering.voidAbandoned()).isEqualTo(1);
		assertThat(documents.find(DEMO_SCHOOL, registration.id())).get()
			.extracting(IssuedDocument::status).isEqualTo(DocumentStatus.VOID);
		assertThatExceptionOfType(RegistrationVoided.class).isThrownBy(() -> documents.complete(registration, new byte[] { 1 }, "00",
				new DocumentSignature("Тест", clock.instant(), true)));
		assertGapless();
	}

	@Test
	void whatIsStillBeingMadeWhenTheServiceStopsIsVoidedAndItsPaperRefused() {
		Registration registration = numbering.take(new NewRegistration(DEMO_SCHOOL,
				new Counter("teacher-attestation", "ATT"), "teacher-attestation", null, 2026, DocumentKind.RECEIPT,
				Channel.PAPER, new VerificationCode("SHVTDWN0000000000001"), new Holder("Тоқтап Қалған", Iin.of("680503450037")),
				DEMO_CLERK, Term.at(clock.instant()), "{}"));

		numbering.voidInFlight();

		assertThat(documents.find(DEMO_SCHOOL, registration.id())).get()
			.extracting(IssuedDocument::status).isEqualTo(DocumentStatus.VOID);
		assertThatExceptionOfType(RegistrationVoided.class).isThrownBy(() -> documents.complete(registration,
				new byte[] { 1 }, "00", new DocumentSignature("Тест", clock.instant(), true)));
		assertGapless();
	}

	static final java.util.UUID DEMO_SCHOOL = java.util.UUID.fromString("00000000-0000-4000-8000-000000000001");
	static final java.util.UUID DEMO_CLERK = java.util.UUID.fromString("00000000-0000-4000-8000-000000000002");

	/** Every number from 1 to the highest is in the journal exactly once. */
	private void assertGapless() {
		List<Integer> all = new ArrayList<>();
		Api.json(api.get("/api/v1/documents?service=teacher-attestation&limit=1000"))
			.forEach(entry -> all.add(sequenceOf(entry)));
		assertThat(all).doesNotHaveDuplicates();
		assertThat(all).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());
	}

	private static JsonNode find(JsonNode journal, int sequence) {
		for (JsonNode entry : journal) {
			if (sequenceOf(entry) == sequence) {
				return entry;
			}
		}
		throw new AssertionError("no entry " + sequence);
	}

	private static int sequenceOf(JsonNode document) {
		String number = document.get("number").asString();
		return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
	}

	/** The real renderer, except for applicants named {@link #FAILS_TO_RENDER}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SometimesFailingRenderer {

		@Bean
		@Primary
		DocumentRenderer sometimesFailing(List<DocumentRenderer> renderers) {
			DocumentRenderer real = renderers.stream().filter(r -> !(r instanceof Failing)).findFirst().orElseThrow();
			return new Failing(real);
		}

		record Failing(DocumentRenderer real) implements DocumentRenderer {

			@Override
			public byte[] render(RenderJob job) {
				if (job.model().get("applicant") instanceof IssueRequest.Applicant applicant
						&& applicant.fullName().equals(FAILS_TO_RENDER)) {
					throw new RenderingFailed(job.template(), new IllegalStateException("made to fail by the test"));
				}
				return real.render(job);
			}

			@Override
			public void requireTemplate(String template) {
				real.requireTemplate(template);
			}

			@Override
			public String templatesVersion() {
				return real.templatesVersion();
			}
		}
	}
}
