package kz.qujat.support;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A {@link WebSlice}'s controllers through MockMvc, asked as {@link Api} asks the running service. */
public final class SliceApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;
	private final String language;

	public SliceApi(MockMvc mvc) {
		this(mvc, null);
	}

	private SliceApi(MockMvc mvc, String language) {
		this.mvc = mvc;
		this.language = language;
	}

	/** The same client asking for answers in {@code language} ({@code Accept-Language}). */
	public SliceApi inLanguage(String language) {
		return new SliceApi(mvc, language);
	}

	public MockHttpServletResponse get(String path) {
		return perform(MockMvcRequestBuilders.get(path));
	}

	public MockHttpServletResponse post(String path, String json) {
		return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	public MockHttpServletResponse post(String path, String contentType, byte[] body) {
		return perform(MockMvcRequestBuilders.post(path).contentType(contentType).content(body));
	}

	public static JsonNode json(MockHttpServletResponse response) {
		return JSON.readTree(response.getContentAsByteArray());
	}

	public static String text(MockHttpServletResponse response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
		if (language != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
