package kz.qujat.catalog.web;

import java.util.List;

import kz.qujat.catalog.ApplicationForm;
import kz.qujat.catalog.Channel;
import kz.qujat.catalog.ServiceDefinition;
import kz.qujat.catalog.ServiceTerm;
import kz.qujat.system.Bilingual;

/**
 * One service as the API shows it. Documents and refusal grounds list their texts flat
 * ({@code code}, {@code kk}, {@code ru}), as clients pick them by code and print them as they are.
 */
record ServiceView(String code, Bilingual name, Bilingual provider, Bilingual consumers, Bilingual form,
		List<Channel> channels, Bilingual channelsText, ServiceTerm term, Bilingual result, Bilingual fee,
		Bilingual procedure, Bilingual process, List<Text> documents, List<Text> refusalGrounds,
		ApplicationForm application) {

	static ServiceView of(ServiceDefinition service) {
		return new ServiceView(service.code(), service.name(), service.provider(), service.consumers(), service.form(),
				service.channels(), service.channelsText(), service.term(), service.result(), service.fee(),
				service.procedure(), service.process(),
				service.documents().stream().map(d -> new Text(d.code(), d.name().kk(), d.name().ru())).toList(),
				service.refusalGrounds().stream().map(g -> new Text(g.code(), g.text().kk(), g.text().ru())).toList(),
				service.application());
	}

	/** A coded text in both languages. */
	record Text(String code, String kk, String ru) {
	}
}
