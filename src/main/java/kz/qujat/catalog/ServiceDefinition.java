package kz.qujat.catalog;

import java.util.List;
import java.util.Optional;

import kz.qujat.system.Bilingual;

/**
 * One state service as its standard describes it, read from {@code templates/catalog/<code>.yaml}.
 *
 * @param registrationPrefix the letters that open this service's registration numbers, e.g. {@code ATT}
 * @param receiptForm the legal act that sets the receipt's form, printed above its title; may be null
 */
public record ServiceDefinition(String code, String registrationPrefix, Bilingual name, Bilingual provider,
		Bilingual consumers, Bilingual form, List<Channel> channels, Bilingual channelsText, ServiceTerm term,
		Bilingual result, Bilingual fee, Bilingual receiptForm, List<RequiredDocument> documents,
		List<RefusalGround> refusalGrounds) {

	public ServiceDefinition {
		channels = List.copyOf(channels);
		documents = List.copyOf(documents);
		refusalGrounds = List.copyOf(refusalGrounds);
	}

	public Optional<RequiredDocument> document(String documentCode) {
		return documents.stream().filter(d -> d.code().equals(documentCode)).findFirst();
	}

	public boolean offers(Channel channel) {
		return channels.contains(channel);
	}
}
