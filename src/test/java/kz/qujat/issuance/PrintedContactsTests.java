package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link ApplicantPapers#CONTACTS_PRINTED} says what each shipped template prints of the applicant's contact details;
 * the template and the attached data get only those, so a template that starts printing one must be named there.
 */
class PrintedContactsTests {

	static final Path TEMPLATES = Path.of("templates/documents");
	static final Pattern CONTACT = Pattern.compile("applicant\\.(address|phone|email)\\b");

	@Test
	void everyTemplateOfAnApplicantsPaperIsNamedWithTheContactsItPrints() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
				String template = Files.readString(file, StandardCharsets.UTF_8);
				String name = file.getFileName().toString();
				Set<String> mentioned = new TreeSet<>();
				Matcher contact = CONTACT.matcher(template);
				while (contact.find()) {
					mentioned.add(contact.group(1));
				}
				if (template.contains("${applicant.")) {
					assertThat(ApplicantPapers.CONTACTS_PRINTED).as(name).containsKey(name);
				}
				if (ApplicantPapers.CONTACTS_PRINTED.containsKey(name)) {
					assertThat(ApplicantPapers.CONTACTS_PRINTED.get(name)).as(name).containsExactlyInAnyOrderElementsOf(mentioned);
				}
			}
		}
	}
}
