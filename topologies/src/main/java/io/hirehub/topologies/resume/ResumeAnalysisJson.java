package io.hirehub.topologies.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.resume.parse.ParsedResumeJson;
import java.time.Duration;
import java.util.Locale;

/**
 * A JSON view of a {@link ResumeAnalysis} for operators ({@code hirehub resume parse FILE}) and
 * debugging: everything except the vectors, which are summarised by model and dimensions.
 * Contains masked text only.
 */
public final class ResumeAnalysisJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResumeAnalysisJson() {}

    public static ObjectNode toJson(final ResumeAnalysis analysis) {
        final ObjectNode root = JSON.createObjectNode();
        root.put("file_type", analysis.fileType().sqlValue());
        root.put("extracted_text_length", analysis.extractedTextLength());
        root.put("masked_text", analysis.maskedText());
        root.set("masked_fields", analysis.maskedFields().toJson());
        root.set("parsed_content", ParsedResumeJson.toJson(analysis.parsed()));
        root.put("ai_summary", analysis.summary().text());
        final ObjectNode embedding = root.putObject("embedding");
        embedding.put("model", analysis.embeddingModel());
        embedding.put("dimensions", analysis.documentEmbedding().length);
        final ArrayNode chunks = embedding.putArray("chunks");
        analysis.chunks()
                .forEach(c ->
                        chunks.addObject().put("chunk_index", c.chunkIndex()).put("chunk_text", c.chunkText()));
        final ArrayNode tasks = root.putArray("ai_tasks");
        for (final TaskReport task : analysis.tasks()) {
            tasks.addObject()
                    .put("task_type", SeedValues.sql(task.taskType()))
                    .put("model_used", task.modelUsed())
                    .put("tokens_used", task.tokensUsed())
                    .put("processing_time_ms", task.processingTimeMs());
        }
        final ObjectNode timings = root.putObject("timings_ms");
        for (final Step step : Step.values()) {
            final Duration duration = analysis.timings().getOrDefault(step, Duration.ZERO);
            timings.put(step.name().toLowerCase(Locale.ROOT), duration.toMillis());
        }
        return root;
    }

    /** Pretty-printed {@link #toJson(ResumeAnalysis)}. */
    public static String toPrettyString(final ResumeAnalysis analysis) {
        return toJson(analysis).toPrettyString();
    }
}
