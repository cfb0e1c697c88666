package io.hirehub.topologies.match.topology;

import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.schemas.keys.JobSkillKey;
import io.hirehub.schemas.values.CompanySize;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import io.hirehub.schemas.values.UnknownSeedValueException;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.SkillCanonicalizer;
import io.hirehub.topologies.match.scoring.TextTerms;
import io.hirehub.topologies.skills.SkillMention;
import io.hirehub.topologies.skills.SkillVocabulary;
import io.hirehub.topologies.streams.SourcePositions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Builds job profiles (keyed by job_id): the jobs row joined with its job_skills (re-keyed by
 * job_id), skill names from the skill_tags global table and the company from the companies global
 * table, embedded with the same provider as resumes. Publishes only when something the score reads
 * changed ({@code sameScoringInputs}), so a views_count or applies_count update publishes nothing;
 * the text is re-embedded only when title, description, requirements or skills changed.
 * A company's change is picked up at the job's next change (companies are a lookup, not a trigger). Skills the
 * job's text names (with the live {@code skill_tags} vocabulary) join its preferred skills when job_skills does not
 * list them; a tag added later counts from the job's next change.
 *
 * <p>A job and its skills are written in one transaction but arrive as separate records; building
 * on each would publish a skill-less profile first and have matching score every pair two or three
 * times. Changes therefore settle ({@code match.job.settle}) before a profile is built.
 */
final class JobProfileBuilder implements Processor<String, JobRowChange, String, JobMatchProfile> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final EmbeddingProvider embeddings;
    private final Duration settle;
    private final Supplier<SkillVocabulary> vocabulary;
    private ProcessorContext<String, JobMatchProfile> context;
    private KeyValueStore<String, Job> jobs;
    private KeyValueStore<String, JobSkill> skills;
    private KeyValueStore<String, JobMatchProfile> built;
    private KeyValueStore<String, String> embeddedText;
    private KeyValueStore<String, Long> pending;
    private KeyValueStore<String, Long> positions;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<SkillTag>> tags;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<Company>> companies;

    JobProfileBuilder(
            final EmbeddingProvider embeddings, final Duration settle, final Supplier<SkillVocabulary> vocabulary) {
        this.embeddings = embeddings;
        this.settle = settle;
        this.vocabulary = vocabulary;
    }

    @Override
    public void init(final ProcessorContext<String, JobMatchProfile> ctx) {
        context = ctx;
        jobs = ctx.getStateStore(MatchNames.JOB_ROWS_STORE);
        skills = ctx.getStateStore(MatchNames.JOB_SKILL_ROWS_STORE);
        built = ctx.getStateStore(MatchNames.JOB_BUILT_STORE);
        embeddedText = ctx.getStateStore(MatchNames.JOB_EMBEDDED_TEXT_STORE);
        pending = ctx.getStateStore(MatchNames.JOB_PENDING_STORE);
        positions = ctx.getStateStore(MatchNames.JOB_POSITIONS_STORE);
        tags = ctx.getStateStore(MatchNames.SKILL_TAGS_STORE);
        companies = ctx.getStateStore(MatchNames.COMPANIES_STORE);
        if (!settle.isZero()) {
            final Duration tick = Duration.ofMillis(Math.max(5, settle.toMillis() / 4));
            ctx.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::publishSettled);
        }
    }

    /**
     * Applies a row change. Deletions of the job publish at once; anything else marks the job
     * pending, and the profile is built when its rows have been quiet for {@code settle}. Pending
     * marks are in a changelogged store, so a crash between the change and the build loses nothing.
     */
    @Override
    public void process(final Record<String, JobRowChange> record) {
        final String jobId = record.key();
        final long lsn = SourcePositions.read(record.headers(), SourcePositions.CDC_LSN);
        final Long applied = positions.get(jobId);
        if (applied == null || lsn > applied) {
            positions.put(jobId, Math.max(lsn, applied == null ? SourcePositions.UNKNOWN : applied));
        }
        if (record.value() instanceof JobRowChange.JobRow job) {
            if (job.row() == null) {
                jobs.delete(jobId);
            } else {
                jobs.put(jobId, job.row());
            }
        } else if (record.value() instanceof JobRowChange.SkillRow skill) {
            if (skill.row() == null) {
                skills.delete(skill.key().format());
            } else {
                skills.put(skill.key().format(), skill.row());
            }
        }
        if (settle.isZero() || jobs.get(jobId) == null) {
            pending.delete(jobId);
            publish(jobId, record.timestamp());
        } else {
            pending.put(jobId, context.currentSystemTimeMs());
        }
    }

    private void publishSettled(final long nowMs) {
        final List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = pending.all()) {
            it.forEachRemaining(kv -> {
                if (nowMs - kv.value >= settle.toMillis()) {
                    due.add(kv.key);
                }
            });
        }
        for (final String jobId : due) {
            pending.delete(jobId);
            publish(jobId, nowMs);
        }
    }

    private void publish(final String jobId, final long timestamp) {
        final Job job = jobs.get(jobId);
        if (job == null) {
            final Long position = positions.delete(jobId);
            if (built.delete(jobId) != null) {
                embeddedText.delete(jobId);
                context.forward(new Record<>(jobId, null, timestamp, headers(position)));
            }
            return;
        }
        final JobMatchProfile previous = built.get(jobId);
        final JobMatchProfile profile = build(jobId, job, previous);
        if (profile.sameScoringInputs(previous)) {
            return;
        }
        built.put(jobId, profile);
        context.forward(new Record<>(jobId, profile, timestamp, headers(positions.get(jobId))));
    }

    /** The profile's header: the highest LSN of the job's rows it was built from. */
    private static org.apache.kafka.common.header.Headers headers(final Long position) {
        return SourcePositions.of(position == null ? SourcePositions.UNKNOWN : position);
    }

    private JobMatchProfile build(final String jobId, final Job job, final JobMatchProfile previous) {
        final List<String> required = new ArrayList<>();
        final List<String> preferred = new ArrayList<>();
        try (KeyValueIterator<String, JobSkill> it = skills.prefixScan(JobSkillKey.jobPrefix(jobId), KEYS)) {
            it.forEachRemaining(kv -> {
                final ValueAndTimestamp<SkillTag> tag =
                        tags.get(kv.value.getSkillId().toString());
                if (tag != null) {
                    (Boolean.FALSE.equals(kv.value.getIsRequired()) ? preferred : required)
                            .add(tag.value().getName());
                }
            });
        }
        preferred.addAll(namedInText(job, required, preferred));
        required.sort(null);
        preferred.sort(null);
        final ValueAndTimestamp<Company> company =
                companies.get(job.getCompanyId().toString());
        final Company co = company == null ? null : company.value();
        final String text = String.join(
                "\n",
                job.getTitle(),
                Objects.toString(job.getDescription(), ""),
                Objects.toString(job.getRequirements(), ""),
                String.join(", ", required),
                String.join(", ", preferred));
        final String hash = Integer.toHexString(text.hashCode()) + ":" + text.length();
        float[] vector = previous == null ? null : previous.embedding();
        if (vector == null || !hash.equals(embeddedText.get(jobId))) {
            vector = embeddings.embed(List.of(text))[0];
            embeddedText.put(jobId, hash);
        }
        return new JobMatchProfile(
                jobId,
                job.getCompanyId().toString(),
                job.getTitle(),
                job.getStatus() == null || job.getStatus() == JobStatus.UNKNOWN ? JobStatus.DRAFT : job.getStatus(),
                job.getExpiresAt(),
                required,
                preferred,
                job.getExperienceMin(),
                job.getExperienceMax(),
                job.getExperienceLevel() == ExperienceLevel.UNKNOWN ? null : job.getExperienceLevel(),
                job.getSalaryMin(),
                job.getSalaryMax(),
                job.getLocation(),
                job.getRemoteType() == RemoteType.UNKNOWN ? null : job.getRemoteType(),
                co == null ? null : size(co.getCompanySize()),
                co == null ? null : co.getIndustry(),
                co == null ? null : co.getLocation(),
                vector,
                TextTerms.counts(text));
    }

    /**
     * Skills the job's title, description and requirements name that its job_skills rows do not list: they count
     * as preferred, so a job posted without job_skills (an import, a quick draft) still has skills to match on.
     */
    private List<String> namedInText(final Job job, final List<String> required, final List<String> preferred) {
        final Set<String> listed = new HashSet<>();
        required.forEach(name -> listed.add(SkillCanonicalizer.key(name)));
        preferred.forEach(name -> listed.add(SkillCanonicalizer.key(name)));
        final String text = String.join(
                "\n",
                job.getTitle(),
                Objects.toString(job.getDescription(), ""),
                Objects.toString(job.getRequirements(), ""));
        final Set<String> found = new LinkedHashSet<>();
        for (final SkillMention mention : vocabulary.get().find(text)) {
            final String name = mention.skill().name();
            if (listed.add(SkillCanonicalizer.key(name))) {
                found.add(name);
            }
        }
        return List.copyOf(found);
    }

    /** companies.company_size is free text in the seed: a value outside the list reads as unknown. */
    private static CompanySize size(final String text) {
        if (text == null) {
            return null;
        }
        try {
            return SeedValues.parse(CompanySize.class, "companies.company_size", text, TextMatch.ANY_CASE);
        } catch (UnknownSeedValueException e) {
            return null;
        }
    }
}
