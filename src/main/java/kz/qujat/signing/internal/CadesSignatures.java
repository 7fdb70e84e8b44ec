package kz.qujat.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qujat.signing.SignatureCheck;
import kz.qujat.system.Sha256;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS side of a PAdES baseline (B-B) signature with Bouncy Castle: a detached SignedData over the PDF's
 * byte range, SHA-256, the signing certificate bound by the ESS signing-certificate-v2 attribute, and no
 * signing-time attribute (PAdES puts the time in the signature dictionary instead).
 */
final class CadesSignatures {

	/** RSA keys above this size are refused when checking, so that a crafted certificate cannot stall a thread. */
	private static final int MAX_RSA_BITS = 8192;

	private static final Pattern RANGE = Pattern.compile("\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]");

	private CadesSignatures() {
	}

	static byte[] sign(byte[] content, SigningKey key) {
		return sign(new ByteArrayInputStream(content), key);
	}

	/** The CMS of {@code content}, read once into the digest as it comes, never held whole. */
	static byte[] sign(InputStream content, SigningKey key) {
		try {
			X509Certificate certificate = key.certificate();
			X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
			ESSCertIDv2 certificateId = new ESSCertIDv2(Sha256.of(certificate.getEncoded()),
					new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber()));
			AttributeTable signingCertificate = new AttributeTable(new Attribute(
					PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certificateId }))));
			CMSAttributeTableGenerator attributes = parameters -> new DefaultSignedAttributeTableGenerator(
					signingCertificate).getAttributes(parameters).remove(CMSAttributes.signingTime);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(attributes)
				.build(new JcaContentSignerBuilder(key.algorithm()).build(key.privateKey()), certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new Streamed(content), false).getEncoded(ASN1Encoding.DER);
		}
		catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
			throw new IllegalStateException("the signature could not be made with " + key.signer().subject(), e);
		}
	}

	/**
	 * Finds the newest signature by its {@code /ByteRange}, which must point around a hex string, and checks
	 * the CMS in that string against the bytes around it. Reads the file as bytes only: nothing in it is
	 * parsed or inflated as PDF, so a hostile file costs no more than one pass over it.
	 */
	static SignatureCheck check(byte[] pdf) {
		int at = lastIndexOf(pdf, "/ByteRange".getBytes(StandardCharsets.US_ASCII));
		if (at < 0) {
			return SignatureCheck.NONE;
		}
		long[] range = byteRange(pdf, at + "/ByteRange".length());
		if (range == null || range[0] != 0 || range[1] < 1 || range[2] <= range[1] + 1 || range[3] < 0
				|| range[2] + range[3] > pdf.length || pdf[(int) range[1]] != '<' || pdf[(int) range[2] - 1] != '>') {
			return new SignatureCheck(true, false, false, null);
		}
		int contentsEnd = (int) range[1];
		int restStart = (int) range[2];
		int restLength = (int) range[3];
		boolean wholeDocument = restStart + restLength == pdf.length;
		try {
			String hex = new String(pdf, contentsEnd + 1, restStart - contentsEnd - 2, StandardCharsets.US_ASCII)
				.replaceAll("\\s", "");
			CMSSignedData cms = new CMSSignedData(new Ranges(pdf, contentsEnd, restStart, restLength),
					contentInfo(HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0")));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
				.iterator().next();
			String name = commonName(certificate.getSubject());
			if (tooLarge(certificate)) {
				return new SignatureCheck(true, false, wholeDocument, name);
			}
			boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			return new SignatureCheck(true, intact, wholeDocument, name);
		}
		catch (Exception unreadable) {
			// whatever is wrong with a signature, the answer is the same: it does not vouch for these bytes
			return new SignatureCheck(true, false, wholeDocument, null);
		}
	}

	/** The CMS in a signature's {@code /Contents}, without the zeros that pad it to the reserved size. */
	static ContentInfo contentInfo(byte[] contents) throws IOException {
		try (ASN1InputStream in = new ASN1InputStream(contents)) {
			return ContentInfo.getInstance(in.readObject());
		}
	}

	static String commonName(X500Name name) {
		return name.getRDNs(BCStyle.CN).length == 0 ? name.toString()
				: IETFUtils.valueToString(name.getRDNs(BCStyle.CN)[0].getFirst().getValue());
	}

	private static boolean tooLarge(X509CertificateHolder certificate) throws Exception {
		return new JcaX509CertificateConverter().getCertificate(certificate)
			.getPublicKey() instanceof RSAPublicKey rsa
				&& (rsa.getModulus().bitLength() > MAX_RSA_BITS || rsa.getPublicExponent().bitLength() > 32);
	}

	/** The four numbers of {@code [a b c d]} after {@code from}, or null when they are not there. */
	private static long[] byteRange(byte[] pdf, int from) {
		int end = Math.min(pdf.length, from + 120);
		String text = new String(pdf, from, end - from, StandardCharsets.US_ASCII);
		Matcher numbers = RANGE.matcher(text);
		if (!numbers.lookingAt()) {
			return null;
		}
		long[] range = new long[4];
		for (int i = 0; i < 4; i++) {
			String number = numbers.group(i + 1);
			if (number.length() > 10) {
				return null;
			}
			range[i] = Long.parseLong(number);
		}
		return range[2] + range[3] > Integer.MAX_VALUE ? null : range;
	}

	private static int lastIndexOf(byte[] data, byte[] pattern) {
		outer: for (int i = data.length - pattern.length; i >= 0; i--) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Content to sign, streamed into the digest: the bytes a PDF's signature covers are the whole file but a hole. */
	private record Streamed(InputStream content) implements CMSTypedData {

		@Override
		public ASN1ObjectIdentifier getContentType() {
			return CMSObjectIdentifiers.data;
		}

		@Override
		public void write(OutputStream out) throws IOException {
			content.transferTo(out);
		}

		@Override
		public Object getContent() {
			return content;
		}
	}

	/** The bytes a signature's {@code /ByteRange} covers, read where they are in the file rather than copied together. */
	private record Ranges(byte[] pdf, int contentsEnd, int restStart, int restLength) implements CMSProcessable {

		@Override
		public void write(OutputStream out) throws IOException {
			out.write(pdf, 0, contentsEnd);
			out.write(pdf, restStart, restLength);
		}

		@Override
		public Object getContent() {
			return new SequenceInputStream(new ByteArrayInputStream(pdf, 0, contentsEnd),
					new ByteArrayInputStream(pdf, restStart, restLength));
		}
	}
}
