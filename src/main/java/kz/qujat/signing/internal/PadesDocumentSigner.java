package kz.qujat.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import kz.qujat.schools.School;
import kz.qujat.signing.DocumentSigner;
import kz.qujat.signing.SignatureCheck;
import kz.qujat.signing.Signer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.springframework.stereotype.Component;

/**
 * PAdES signatures with PDFBox: an invisible signature field, {@code ETSI.CAdES.detached}, written as an
 * incremental update so that the bytes before it, PDF/A conformance included, stay as rendered. The room
 * reserved for the CMS is sized to the key's real signature, so a signed paper grows by a few kilobytes only.
 */
@Component
class PadesDocumentSigner implements DocumentSigner {

	private final SchoolKeys keys;
	private final Timer timer;

	PadesDocumentSigner(SchoolKeys keys, MeterRegistry meters) {
		this.keys = keys;
		this.timer = Timer.builder("qujat.sign").description("time to sign a rendered PDF").register(meters);
	}

	@Override
	public Signer signerFor(School school) {
		return keys.of(school).signer();
	}

	@Override
	public byte[] sign(byte[] pdf, School school, Instant when) {
		SigningKey key = keys.of(school);
		return timer.record(() -> sign(pdf, key, when));
	}

	private static byte[] sign(byte[] pdf, SigningKey key, Instant when) {
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(key.signer().name());
			signature.setSignDate(GregorianCalendar.from(when.atZone(ZoneOffset.UTC)));
			options.setPreferredSignatureSize(key.cmsSize());
			document.addSignature(signature, content -> CadesSignatures.sign(content, key), options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * key.cmsSize() + 4096);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("the PDF could not be signed", e);
		}
	}

	@Override
	public SignatureCheck check(byte[] pdf) {
		return CadesSignatures.check(pdf);
	}
}
