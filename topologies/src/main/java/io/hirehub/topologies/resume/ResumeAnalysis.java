package io.hirehub.topologies.resume;

import io.hirehub.topologies.resume.parse.ParsedResume;
import io.hirehub.topologies.resume.pii.MaskedFields;
import io.hirehub.topologies.resume.summary.Summary;
import io.hirehub.topologies.resume.text.DocumentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the resume pipeline writes for one file. Holds masked text only: the raw text never
 * leaves {@link ResumeAnalyzer}.
 *
 * @param fileType            detected type ({@code resumes.file_type})
 * @param extractedTextLength characters of raw text extracted (a count, not the text)
 * @param maskedText          {@code resumes.masked_content} and {@code masked.txt}
 * @param maskedFields        {@code pii_masking_logs.masked_fields}
 * @param parsed              {@code resumes.parsed_content}, {@code parsed.json} and the row tables
 * @param summary             {@code resumes.ai_summary}
 * @param chunks              {@code resume_embeddings} rows
 * @param documentEmbedding   unit mean of the chunk vectors, for the resume profile
 * @param embeddingModel      model of the vectors
 * @param tasks               one {@code ai_tasks} report per task type, in pipeline order
 * @param timings             wall time per step
 */
public record ResumeAnalysis(
        DocumentType fileType,
        int extractedTextLength,
        String maskedText,
        MaskedFields maskedFields,
        ParsedResume parsed,
        Summary summary,
        List<ChunkEmbedding> chunks,
        float[] documentEmbedding,
        String embeddingModel,
        List<TaskReport> tasks,
        Map<Step, Duration> timings) {

    public ResumeAnalysis {
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(maskedText, "maskedText");
        Objects.requireNonNull(maskedFields, "maskedFields");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(documentEmbedding, "documentEmbedding");
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        chunks = List.copyOf(chunks);
        tasks = List.copyOf(tasks);
        timings = Map.copyOf(timings);
    }

    @Override
    public String toString() {
        return "ResumeAnalysis[fileType=" + fileType + ", extractedTextLength=" + extractedTextLength
                + ", maskedChars=" + maskedText.length() + ", maskedFields=" + maskedFields + ", experiences="
                + parsed.experiences().size() + ", skills=" + parsed.skills().size() + ", chunks=" + chunks.size()
                + ", tasks=" + tasks + ", timings=" + timings + "]";
    }
}
