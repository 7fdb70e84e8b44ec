package kz.qujat.system.internal;

import java.time.temporal.Temporal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON is read as written: a value of the wrong JSON type, a key given twice or a key no request has is refused
 * (and answered as the field's {@code type}, {@code duplicate-key} or {@code unknown-field}), never guessed at.
 * Jackson would otherwise print {@code true} as a name, count {@code 1.5} sheets, keep the last of two keys and
 * read a number as a date.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfigDefaults(config -> {
				for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer,
						CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
						CoercionInputShape.EmptyString }) {
					config.setCoercion(shape, CoercionAction.Fail);
				}
			})
			.addModule(new SimpleModule("iso-dates-only").setDeserializerModifier(new ValueDeserializerModifier() {

				@Override
				public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
						ValueDeserializer<?> deserializer) {
					return Temporal.class.isAssignableFrom(bean.getBeanClass()) ? new FromStringOnly(deserializer)
							: deserializer;
				}
			}));
	}

	/** Dates and times only from ISO strings, as the API describes them; Jackson also takes epoch numbers and arrays. */
	private static final class FromStringOnly extends DelegatingDeserializer {

		FromStringOnly(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new FromStringOnly(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			return super.deserialize(parser, context);
		}
	}
}
