package io.hirehub.topologies.quality;

import io.hirehub.avro.derived.ResumeProfileSkill;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.PreparedJob;
import io.hirehub.topologies.match.scoring.PreparedResume;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import io.hirehub.topologies.match.scoring.TermStatistics;
import io.hirehub.topologies.match.scoring.TextTerms;
import io.hirehub.topologies.match.topology.AvroProfiles;
import io.hirehub.topologies.resume.ResumeAnalysis;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.parse.ParsedSkill;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Matching as the pipeline and the matching topology run it, applied to the ranking set through public APIs only:
 * each resume goes through {@link ResumeAnalyzer} (mask → parse → chunk → embed) and becomes the topology's
 * {@link ResumeMatchProfile} via {@link AvroProfiles#resume} (the same conversion the topology applies to
 * {@code hirehub.resume.profiles}); each job becomes a {@link JobMatchProfile} embedded from the same text the job-profile
 * builder embeds (title, description, requirements, required and preferred skill names joined by newlines); pairs
 * are scored by {@link MatchScorer#defaults()} with the term statistics of all resumes (one shard).
 */
final class CurrentMatching {

    private final ResumeAnalyzer analyzer;
    private final EmbeddingProvider embeddings;
    private final MatchScorer scorer;
    private final TermStatistics statistics = new TermStatistics();

    CurrentMatching(final EmbeddingProvider embeddings) {
        this(embeddings, MatchScorer.defaults());
    }

    CurrentMatching(final EmbeddingProvider embeddings, final MatchScorer scorer) {
        this.embeddings = embeddings;
        this.scorer = scorer;
        this.analyzer = ResumeAnalyzer.builder().embeddings(embeddings).build();
    }

    /** Prepared profiles of every resume, keyed by resume id. */
    Map<String, PreparedResume> resumes(final List<QualitySets.RankingResume> resumes) {
        final Map<String, PreparedResume> prepared = new LinkedHashMap<>();
        for (final QualitySets.RankingResume resume : resumes) {
            final ResumeMatchProfile profile = profile(resume);
            statistics.add(profile.terms());
            prepared.put(resume.id(), scorer.prepare(profile));
        }
        return prepared;
    }

    /** The overall score of every resume for a job. */
    Map<String, MatchResult> score(final QualitySets.RankingJob job, final Map<String, PreparedResume> resumes) {
        final PreparedJob prepared = scorer.prepare(profile(job));
        final Map<String, MatchResult> results = new LinkedHashMap<>();
        resumes.forEach((id, resume) -> results.put(id, scorer.score(prepared, resume, statistics)));
        return results;
    }

    private ResumeMatchProfile profile(final QualitySets.RankingResume resume) {
        final ResumeAnalysis analysis =
                analyzer.analyze(resume.text().getBytes(StandardCharsets.UTF_8), "resume.txt", Optional.empty());
        final List<ResumeProfileSkill> skills = new ArrayList<>();
        for (final ParsedSkill s : analysis.parsed().skills()) {
            skills.add(ResumeProfileSkill.newBuilder()
                    .setName(s.skillName())
                    .setYears(s.years())
                    .setProficiency(
                            s.proficiency() == null
                                    ? null
                                    : Proficiency.valueOf(s.proficiency().name()))
                    .build());
        }
        final List<Float> vector = new ArrayList<>(analysis.documentEmbedding().length);
        for (final float f : analysis.documentEmbedding()) {
            vector.add(f);
        }
        // The same fields ResumeProfiles.of fills in the pipeline (its location is always null there too).
        return AvroProfiles.resume(io.hirehub.avro.derived.ResumeProfile.newBuilder()
                .setResumeId(uuid("resume", resume.id()))
                .setUserId(uuid("user", resume.id()))
                .setSkills(skills)
                .setTotalExperienceYears(analysis.parsed().totalExperienceYears())
                .setDesiredPosition(resume.desiredPosition())
                .setDesiredSalaryMin(null)
                .setDesiredSalaryMax(null)
                .setLocation(null)
                .setEmbedding(vector)
                .setTerms(TextTerms.counts(analysis.maskedText()))
                .setUpdatedAt(Instant.EPOCH)
                .build());
    }

    private JobMatchProfile profile(final QualitySets.RankingJob job) {
        final String text = String.join(
                "\n",
                job.title(),
                Objects.toString(job.description(), ""),
                Objects.toString(job.requirements(), ""),
                String.join(", ", job.requiredSkills()),
                String.join(", ", job.preferredSkills()));
        return new JobMatchProfile(
                uuid("job", job.id()).toString(),
                uuid("company", job.id()).toString(),
                job.title(),
                JobStatus.OPEN,
                null,
                job.requiredSkills(),
                job.preferredSkills(),
                job.experienceMin(),
                job.experienceMax(),
                SeedValues.parse(
                        ExperienceLevel.class, "jobs.experience_level", job.experienceLevel(), TextMatch.ANY_CASE),
                null,
                null,
                job.location(),
                null,
                null,
                null,
                null,
                embeddings.embed(List.of(text))[0],
                TextTerms.counts(text));
    }

    private static UUID uuid(final String kind, final String id) {
        return UUID.nameUUIDFromBytes((kind + ':' + id).getBytes(StandardCharsets.UTF_8));
    }
}
