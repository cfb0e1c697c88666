package io.hirehub.topologies.resume;

import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.embed.Chunker;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.embed.TextChunk;
import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.resume.parse.ParsedResume;
import io.hirehub.topologies.resume.parse.ResumeParser;
import io.hirehub.topologies.resume.pii.LlmPiiPass;
import io.hirehub.topologies.resume.pii.MaskedFields;
import io.hirehub.topologies.resume.pii.MaskingResult;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.pii.TextMasker;
import io.hirehub.topologies.resume.provider.ProviderException;
import io.hirehub.topologies.resume.summary.ExtractiveSummarizer;
import io.hirehub.topologies.resume.summary.Summarizer;
import io.hirehub.topologies.resume.summary.Summary;
import io.hirehub.topologies.resume.text.ExtractedText;
import io.hirehub.topologies.resume.text.ExtractionSettings;
import io.hirehub.topologies.resume.text.TextExtractor;
import io.hirehub.topologies.skills.LiveSkillVocabulary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resume pipeline's domain logic in one call: extract → mask → parse → embed → summarise.
 *
 * <p>Raw text lives only inside {@link #analyze}: it goes to the rule masker and nowhere else.
 * The optional LLM pass, the parser, the embedding provider and the summariser all receive masked
 * text; the returned {@link ResumeAnalysis} holds masked text only; failures are
 * {@link ResumeAnalysisException}s whose messages this class writes (a failure inside masking
 * carries no cause, since a cause's message could quote the raw text). Logs carry counts and
 * timings, never text.
 *
 * <p>{@code ai_tasks} reports: the {@code parsing} task's time includes text extraction (the
 * seed has no extraction task type); {@code embedding} includes chunking; a failure of either is
 * reported under the same task type.
 *
 * <p>Thread-safe if its parts are (the built-in ones are).
 */
public final class ResumeAnalyzer {

    /** {@code ai_tasks.model_used} for the rule-based steps. */
    public static final String RULES_MODEL = "rules-v2";

    private static final Logger LOG = LoggerFactory.getLogger(ResumeAnalyzer.class);

    private final TextExtractor extractor;
    private final TextMasker masker;
    private final Optional<LlmPiiPass> llmPiiPass;
    private final ResumeParser parser;
    private final EmbeddingProvider embeddings;
    private final Chunker chunker;
    private final Summarizer summarizer;
    private final LiveSkillVocabulary vocabulary;

    private ResumeAnalyzer(final Builder builder) {
        this.extractor = builder.extractor;
        this.masker = builder.masker;
        this.llmPiiPass = builder.llmPiiPass;
        this.parser = builder.parser;
        this.embeddings = builder.embeddings;
        this.chunker = builder.chunker;
        this.summarizer = builder.summarizer;
        this.vocabulary = builder.vocabulary;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The skill vocabulary the parser reads: the topology keeps it current from the {@code skill_tags} changelog,
     * so a tag added in the system of record is recognised in the next resume.
     */
    public LiveSkillVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Analyses one resume file.
     *
     * @param file        the file's bytes
     * @param fileName    its name (for the extension)
     * @param accountName the account holder's name, masked wherever it appears
     * @throws ResumeAnalysisException naming the failed task and why
     */
    public ResumeAnalysis analyze(final byte[] file, final String fileName, final Optional<String> accountName) {
        final StepTimings timings = new StepTimings();
        final List<TaskReport> tasks = new ArrayList<>();

        final ExtractedText extracted = timings.time(Step.EXTRACTION, () -> extractor.extract(file, fileName));

        final Masked masked = timings.time(Step.PII_MASKING, () -> mask(extracted, accountName));
        tasks.add(new TaskReport(
                AiTaskType.PII_MASKING, masked.model(), masked.tokensUsed(), timings.millis(Step.PII_MASKING)));
        final String maskedText = masked.text();

        final ParsedResume parsed =
                timings.time(Step.PARSING, () -> guarded(AiTaskType.PARSING, () -> parser.parse(maskedText)));
        tasks.add(new TaskReport(AiTaskType.PARSING, RULES_MODEL, 0, timings.millis(Step.EXTRACTION, Step.PARSING)));

        final Embedded embedded = timings.time(Step.EMBEDDING, () -> embed(maskedText));
        tasks.add(new TaskReport(
                AiTaskType.EMBEDDING, embeddings.modelId(), embedded.tokensUsed(), timings.millis(Step.EMBEDDING)));

        final Summary summary = timings.time(
                Step.SUMMARY, () -> guarded(AiTaskType.SUMMARY, () -> summarizer.summarize(maskedText, parsed)));
        tasks.add(new TaskReport(
                AiTaskType.SUMMARY, summary.model(), summary.tokensUsed(), timings.millis(Step.SUMMARY)));

        LOG.debug(
                "analysed {} ({} chars): {} PII values masked, {} experiences, {} skills, {} chunks, timings {}",
                extracted.type(),
                extracted.text().length(),
                masked.fields().total(),
                parsed.experiences().size(),
                parsed.skills().size(),
                embedded.chunks().size(),
                timings.asMap());
        return new ResumeAnalysis(
                extracted.type(),
                extracted.text().length(),
                maskedText,
                masked.fields(),
                parsed,
                summary,
                embedded.chunks(),
                embedded.document(),
                embeddings.modelId(),
                tasks,
                timings.asMap());
    }

    /** Masked text with what masked it: the rules, then the optional LLM pass over their output. */
    private record Masked(String text, MaskedFields fields, String model, int tokensUsed) {}

    private Masked mask(final ExtractedText extracted, final Optional<String> accountName) {
        final MaskingResult ruleMasked = maskRaw(extracted, accountName);
        if (llmPiiPass.isEmpty()) {
            return new Masked(ruleMasked.maskedText(), ruleMasked.maskedFields(), RULES_MODEL, 0);
        }
        final LlmPiiPass.Outcome outcome =
                guarded(AiTaskType.PII_MASKING, () -> llmPiiPass.get().mask(ruleMasked.maskedText()));
        final MaskedFields fields = new MaskedFields.Builder()
                .addAll(ruleMasked.maskedFields())
                .addAll(outcome.addedFields())
                .build();
        return new Masked(outcome.maskedText(), fields, RULES_MODEL + "+" + outcome.model(), outcome.tokensUsed());
    }

    /** Chunk vectors and the document vector (their normalised mean). */
    private record Embedded(List<ChunkEmbedding> chunks, float[] document, int tokensUsed) {}

    private Embedded embed(final String maskedText) {
        final List<TextChunk> chunks = guarded(AiTaskType.EMBEDDING, () -> chunker.chunk(maskedText));
        final EmbeddingProvider.Embeddings vectors = guarded(
                AiTaskType.EMBEDDING,
                () -> embeddings.embedWithUsage(
                        chunks.stream().map(TextChunk::chunkText).toList()));
        final List<ChunkEmbedding> chunkEmbeddings = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            chunkEmbeddings.add(
                    new ChunkEmbedding(chunks.get(i).chunkIndex(), chunks.get(i).chunkText(), vectors.vectors()[i]));
        }
        return new Embedded(
                chunkEmbeddings,
                Vectors.normalisedMean(vectors.vectors(), embeddings.dimensions()),
                vectors.tokensUsed());
    }

    private MaskingResult maskRaw(final ExtractedText extracted, final Optional<String> accountName) {
        try {
            return masker.mask(extracted.text(), accountName);
        } catch (final RuntimeException | StackOverflowError e) {
            // No cause: its message might quote the raw text.
            throw new ResumeAnalysisException(
                    AiTaskType.PII_MASKING,
                    FailureKind.INTERNAL,
                    "rule masking failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Runs a step, turning its failures into a failed task of {@code task}. */
    private static <T> T guarded(final AiTaskType task, final Supplier<T> call) {
        try {
            return call.get();
        } catch (final ProviderException e) {
            throw new ResumeAnalysisException(
                    task,
                    FailureKind.PROVIDER_FAILED,
                    e.getMessage() + " (after " + e.attempts() + " attempt" + (e.attempts() == 1 ? "" : "s") + ")",
                    e);
        } catch (final ResumeAnalysisException e) {
            throw e;
        } catch (final RuntimeException e) {
            throw new ResumeAnalysisException(
                    task,
                    FailureKind.INTERNAL,
                    SeedValues.sql(task) + " failed (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    /** Assembles an analyzer; every part has a local, network-free default. */
    public static final class Builder {
        private TextExtractor extractor = new TextExtractor(ExtractionSettings.DEFAULT);
        private TextMasker masker = new PiiMasker();
        private Optional<LlmPiiPass> llmPiiPass = Optional.empty();
        private LiveSkillVocabulary vocabulary = LiveSkillVocabulary.startingFromBuiltIn();
        private ResumeParser parser;
        private EmbeddingProvider embeddings;
        private Chunker chunker = new Chunker();
        private Summarizer summarizer;

        private Builder() {}

        public Builder extractor(final TextExtractor value) {
            this.extractor = Objects.requireNonNull(value);
            return this;
        }

        public Builder masker(final TextMasker value) {
            this.masker = Objects.requireNonNull(value);
            return this;
        }

        public Builder llmPiiPass(final LlmPiiPass value) {
            this.llmPiiPass = Optional.of(value);
            return this;
        }

        /** The live vocabulary the default parser and summary read (unless {@link #parser} replaces the parser). */
        public Builder vocabulary(final LiveSkillVocabulary value) {
            this.vocabulary = Objects.requireNonNull(value);
            return this;
        }

        public Builder parser(final ResumeParser value) {
            this.parser = Objects.requireNonNull(value);
            return this;
        }

        public Builder embeddings(final EmbeddingProvider value) {
            this.embeddings = Objects.requireNonNull(value);
            return this;
        }

        public Builder chunker(final Chunker value) {
            this.chunker = Objects.requireNonNull(value);
            return this;
        }

        public Builder summarizer(final Summarizer value) {
            this.summarizer = Objects.requireNonNull(value);
            return this;
        }

        public ResumeAnalyzer build() {
            if (embeddings == null) {
                embeddings = new LocalHashingEmbeddingProvider();
            }
            if (parser == null) {
                parser = new ResumeParser(vocabulary, Clock.systemUTC());
            }
            if (summarizer == null) {
                summarizer = new ExtractiveSummarizer(3, 500, vocabulary);
            }
            return new ResumeAnalyzer(this);
        }
    }
}
