package kz.qujat.catalog;

import java.util.List;
import java.util.Optional;

import kz.qujat.system.Bilingual;

/**
 * One state service as its standard describes it, read from {@code templates/catalog/<code>.yaml}.
 *
 * @param registrationPrefix the letters that open this service's registration numbers, e.g. {@code ATT}
 * @param receiptForm the legal act that sets the receipt's form, printed above its title; may be null
 * @param procedure the legal act that sets how the service is rendered, as the service passport cites it
 * @param process how the service is rendered, step by step, as the service passport describes it
 * @param application the service's application form
 * @param sources where the texts come from and which of them no official source confirmed (for people
 *     maintaining the catalog; never printed)
 */
public record ServiceDefinition(String code, String registrationPrefix, Bilingual name, Bilingual provider,
		Bilingual consumers, Bilingual form, List<Channel> channels, Bilingual channelsText, ServiceTerm term,
		Bilingual result, Bilingual fee, Bilingual receiptForm, Bilingual procedure, Bilingual process,
		List<RequiredDocument> documents, List<RefusalGround> refusalGrounds, ApplicationForm application,
		List<String> sources) {

	public ServiceDefinition {
		channels = channels == null ? List.of() : List.copyOf(channels);
		documents = documents == null ? List.of() : List.copyOf(documents);
		refusalGrounds = refusalGrounds == null ? List.of() : List.copyOf(refusalGrounds);
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

	public Optional<RefusalGround> refusalGround(String groundCode) {
		return refusalGrounds.stream().filter(g -> g.code().equals(groundCode)).findFirst();
	}

	public Optional<RequiredDocument> document(String documentCode) {
		return documents.stream().filter(d -> d.code().equals(documentCode)).findFirst();
	}

	public boolean offers(Channel channel) {
		return channels.contains(channel);
	}
}
