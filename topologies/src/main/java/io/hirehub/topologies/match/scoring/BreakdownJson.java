package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes and reads {@link ScoreBreakdown} as the {@code score_breakdown} JSON: snake_case field
 * names, decimals written plain ({@code 78.50}, never {@code 7.85E+1}) and read back as BigDecimal,
 * seed values as their SQL text ({@code "level": "mid"}).
 */
public final class BreakdownJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(seedValue(new SimpleModule("seed-values"), ExperienceLevel.class, "jobs.experience_level"))
            .build();

    private BreakdownJson() {}

    /** JSON text of a breakdown. */
    public static String write(final ScoreBreakdown breakdown) {
        try {
            return MAPPER.writeValueAsString(breakdown);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write score breakdown", e);
        }
    }

    /** Parses JSON written by {@link #write}. */
    public static ScoreBreakdown read(final String json) {
        try {
            return MAPPER.readValue(json, ScoreBreakdown.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read score breakdown", e);
        }
    }

    /** Writes and reads the constants of a seed value list as their SQL text. */
    private static <E extends Enum<E>> SimpleModule seedValue(
            final SimpleModule module, final Class<E> type, final String column) {
        module.addSerializer(type, new StdSerializer<E>(type) {
            @Override
            public void serialize(final E value, final JsonGenerator gen, final SerializerProvider provider)
                    throws IOException {
                gen.writeString(SeedValues.sql(value));
            }
        });
        module.addDeserializer(type, new StdDeserializer<E>(type) {
            @Override
            public E deserialize(final JsonParser parser, final DeserializationContext context) throws IOException {
                return SeedValues.parse(type, column, parser.getValueAsString(), TextMatch.ANY_CASE);
            }
        });
        return module;
    }
}
