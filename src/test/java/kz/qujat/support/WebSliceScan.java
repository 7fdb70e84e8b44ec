package kz.qujat.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/** Which of the service's own classes a {@link WebSlice} scans in besides its controllers, found by what they are. */
final class WebSliceScan {

	private WebSliceScan() {
	}

	/** The shared web set-up of {@code kz.qujat.system}: strict JSON, the language resolver, the clock. */
	static final class SystemConfiguration implements TypeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getClassMetadata().getClassName().startsWith("kz.qujat.system.")
					&& reader.getAnnotationMetadata().hasAnnotation(Configuration.class.getName());
		}
	}

	/**
	 * The security configuration, which a slice would otherwise take in as a {@code WebMvcConfigurer} together with
	 * everything its filter chains need, and the filters of {@code access} that work on the signed-in account (the
	 * idempotent requests); a slice resolves the signed-in account with {@link SignedInClerk} instead.
	 */
	static final class SecurityConfiguration implements TypeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().getAnnotatedMethods(Bean.class.getName()).stream()
				.anyMatch(method -> method.getReturnTypeName().equals(SecurityFilterChain.class.getName()))
					|| reader.getClassMetadata().getClassName().startsWith("kz.qujat.access.internal.")
							&& OncePerRequestFilter.class.getName().equals(reader.getClassMetadata().getSuperClassName());
		}
	}

	/** The desk's layout and failure pages, which serve pages; a slice tests the API's answers. */
	static final class DeskSetUp implements TypeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getClassMetadata().getClassName().startsWith("kz.qujat.frontdoor.internal.");
		}
	}
}
