package kz.qujat.access.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import kz.qujat.system.Idempotent;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Describes the {@code Idempotency-Key} header on every operation marked {@link Idempotent} in the API description. */
@Component
class IdempotencyKeyParameter implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (handlerMethod.hasMethodAnnotation(Idempotent.class)) {
			operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER)
				.required(false)
				.description("""
						Makes a retry safe (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a quoted string \
						(or a bare token) of 1 to 255 printable ASCII characters, new for each request, e.g. a UUID. A \
						retry with the same key and the same body within 24 hours gets the first answer again, byte for \
						byte, and nothing is done twice. The same key with another body is answered 422 \
						/problems/idempotency-key-reused; a retry while the first request is still at work, 409 \
						/problems/idempotency-key-in-use with Retry-After; a malformed key, 400 naming the header.""")
				.schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH + 2))
				.example("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
			respond(operation, "409", "the first request with this Idempotency-Key is still at work "
					+ "(`/problems/idempotency-key-in-use`, with Retry-After)");
			respond(operation, "422", "the Idempotency-Key was used within 24 hours for another body or endpoint "
					+ "(`/problems/idempotency-key-reused`)");
		}
		return operation;
	}

	/** Adds the answer, or its case to an answer of that status the operation declares already. */
	private static void respond(Operation operation, String status, String description) {
		ApiResponse declared = operation.getResponses().get(status);
		if (declared == null) {
			operation.getResponses().addApiResponse(status, new ApiResponse().description(
					Character.toUpperCase(description.charAt(0)) + description.substring(1)));
		}
		else {
			declared.setDescription(declared.getDescription() + "; or " + description);
		}
	}
}
