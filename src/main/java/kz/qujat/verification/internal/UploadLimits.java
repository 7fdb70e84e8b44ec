package kz.qujat.verification.internal;

import jakarta.servlet.MultipartConfigElement;

import kz.qujat.verification.VerificationSettings;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's multipart limits from {@code qujat.verification.max-upload}: a larger file is refused while it
 * arrives, before anything reads it. They replace {@code spring.servlet.multipart.*}, so one setting decides.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	/** Room for the multipart envelope around the file: boundaries and part headers. */
	private static final DataSize ENVELOPE = DataSize.ofKilobytes(64);

	@Bean
	MultipartConfigElement multipartConfigElement(VerificationSettings settings) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(settings.maxUpload());
		factory.setMaxRequestSize(DataSize.ofBytes(settings.maxUpload().toBytes() + ENVELOPE.toBytes()));
		factory.setFileSizeThreshold(DataSize.ofBytes(0));
		return factory.createMultipartConfig();
	}
}
