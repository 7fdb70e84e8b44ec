package kz.qujat.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.qujat.rendering.RenderJob;
import kz.qujat.support.Pdfs;
import kz.qujat.system.FileSettings;
import kz.qujat.registry.VerificationCode;

import org.junit.jupiter.api.Test;

/** The QR codes both engines draw decode back, for many different codes, at the resolutions the issues name. */
class QrCodeDecodingTests {

	private static final FileSettings FILES = new FileSettings(null, null);

	private final FontLibrary fonts = new FontLibrary(FILES);

	@Test
	void theHtmlEnginesQrCodesDecodeAt150Dpi() throws Exception {
		HtmlPdfEngine html = new HtmlPdfEngine(new FreemarkerDocuments(FILES), fonts, FILES);
		for (int i = 0; i < 60; i++) {
			String url = "https://qujat.example.kz/v/" + VerificationCode.random().value();
			byte[] pdf = html.draw("""
					<html xmlns="http://www.w3.org/1999/xhtml"><body>
					<object type="image/x-qr-code" data-value="%s" style="width: 24mm; height: 24mm; display: block"></object>
					</body></html>""".formatted(url), Map.of(), List.of());
			assertThat(Pdfs.qrCode(pdf, 0, 150)).isEqualTo(url);
		}
	}

	@Test
	void jasperReportsQrCodesDecodeAt150Dpi() throws Exception {
		JasperEngine jasper = new JasperEngine(FILES, fonts);
		// two codes whose modules hold a false finder pattern that ZXing's plain reader takes for a real one
		List<VerificationCode> codes = new ArrayList<>(List.of(VerificationCode.parse("RY7H65QT3Y0XPAC46FDE").orElseThrow(),
				VerificationCode.parse("ZNYRR04X6Y7YY3ENTR01").orElseThrow()));
		while (codes.size() < 60) {
			codes.add(VerificationCode.random());
		}
		for (VerificationCode code : codes) {
			String url = "https://qujat.example.kz/v/" + code.value();
			byte[] pdf = jasper.render(new RenderJob("journal.jrxml", Map.of("schoolKk", "Мектеп", "schoolRu", "Школа", "serviceKk", "Қызмет",
					"serviceRu", "Услуга", "year", 2026, "number", "JRN-2026-0001", "registeredAt",
					ZonedDateTime.now(ZoneId.of("Asia/Almaty")), "verification", Map.of("code", code.grouped(), "url", url),
					"rows", List.of()), Map.of()));
			assertThat(Pdfs.qrCode(pdf, 0, 150)).isEqualTo(url);
		}
	}
}
