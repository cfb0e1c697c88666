package io.hirehub.topologies.match;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * Writes and reads {@link ScoreBreakdown} as the {@code score_breakdown} JSON: snake_case field
 * names, decimals written plain ({@code 78.50}, never {@code 7.85E+1}) and read back as BigDecimal.
 */
public final class BreakdownJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
}
