package kz.qujat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class ClaimedCodesTests {

	static final String CODE = "7K2MQ9XD4HNBZR8TWC3F";

	final ClaimedCodes claims = new ClaimedCodes(new VerificationLinks(
			new VerificationSettings(URI.create("https://qujat.example.kz/"), DataSize.ofMegabytes(10), Duration.ofSeconds(5))));

	@ParameterizedTest
	@ValueSource(strings = { "/URI (https://qujat.example.kz/v/" + CODE + ")", "/URI (HTTPS://Qujat.Example.KZ/v/" + CODE + ")",
			"<?xpacket begin=\"\"?><dc:identifier>" + CODE + "</dc:identifier><?xpacket end=\"w\"?>",
			"<?xpacket begin=\"\"?><rdf:li>https://qujat.example.kz/v/" + CODE + "</rdf:li><?xpacket end=\"w\"?>" })
	void aLinkUnderOurAddressAndTheIdentifierOfAnXmpPacketAreClaims(String inside) {
		assertThat(claims.in(pdf(inside))).containsExactly(CODE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/URI (https://evil.example/v/" + CODE + ")", "/URI (http://qujat.example.kz/v/" + CODE + ")",
			"/URI (https://qujat.example.kz.evil.example/v/" + CODE + ")",
			"/URI (https://evil.example/?next=https://qujat.example.kz/v/" + CODE + ")",
			"/URI (https://evil.example/https://qujat.example.kz/v/" + CODE + ")",
			"/URI (https://qujat.example.kz/v/" + CODE + "X)", "/v/" + CODE,
			"<?xpacket begin=\"\"?><dc:title>" + CODE + "</dc:title><?xpacket end=\"w\"?>",
			"<dc:identifier>" + CODE + "</dc:identifier>" })
	void aLinkToAnotherHostAndACodeElsewhereAreNoClaim(String inside) {
		assertThat(claims.in(pdf(inside))).isEmpty();
	}

	private static byte[] pdf(String inside) {
		return ("%PDF-1.7\n" + inside + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
	}
}
